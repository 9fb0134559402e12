import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchRequestFrom } from '../../src-main/electron/launch-args';

describe('what a launch asks to open', () => {
  it('opens a .kotoverkko file, resolved against the launching folder', () => {
    expect(launchRequestFrom(['/opt/electron', '/work/main', 'verkot/Häme.kotoverkko'], '/home/anna')).toEqual({
      kind: 'file',
      path: resolve('/home/anna', 'verkot/Häme.kotoverkko'),
    });
    expect(launchRequestFrom(['Kotoverkko.exe', '/data/Uusimaa.KOTOVERKKO'], '/')).toEqual({ kind: 'file', path: '/data/Uusimaa.KOTOVERKKO' });
  });

  it('takes the last file and prefers a file to --demo', () => {
    expect(launchRequestFrom(['.', '--demo', '/a.kotoverkko', '/b.kotoverkko'], '/')).toEqual({ kind: 'file', path: '/b.kotoverkko' });
  });

  it('opens the demo network with --demo', () => {
    expect(launchRequestFrom(['/work/main', '--demo'], '/')).toEqual({ kind: 'demo' });
  });

  it('ignores Electron’s and Chromium’s own arguments and other files', () => {
    expect(launchRequestFrom(['/work/main', '--allow-file-access-from-files', '--inspect=0', 'notes.txt', '--x=a.kotoverkko'], '/')).toEqual({ kind: 'none' });
    expect(launchRequestFrom([], '/')).toEqual({ kind: 'none' });
  });
});
