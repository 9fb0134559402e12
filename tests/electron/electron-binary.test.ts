import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExecutable, findElectronBinary } from '../../src-main/electron/electron-binary';

const dir = '/project/node_modules/electron';

function lookup(files: Record<string, string>, env: NodeJS.ProcessEnv = {}, platform: NodeJS.Platform = 'linux') {
  return findElectronBinary({
    electronPackageDir: dir,
    env,
    platform,
    exists: (path) => path in files,
    readText: (path) => files[path] ?? null,
  });
}

describe('finding the Electron binary without downloading it', () => {
  it('follows path.txt into dist/', () => {
    const binary = join(dir, 'dist', 'electron');
    expect(lookup({ [join(dir, 'path.txt')]: 'electron', [binary]: '' })).toEqual({ path: binary, lookedAt: binary });
  });

  it('reports where it looked when dist/ or path.txt is missing (as on this project’s machines)', () => {
    expect(lookup({})).toEqual({ path: null, lookedAt: join(dir, 'dist', 'electron') });
    expect(lookup({ [join(dir, 'path.txt')]: 'electron' })).toEqual({ path: null, lookedAt: join(dir, 'dist', 'electron') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const binary = join('/opt/electron-45', 'electron');
    expect(lookup({ [binary]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' })).toEqual({ path: binary, lookedAt: binary });
    expect(lookup({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/missing' }).path).toBeNull();
  });

  it('knows each platform’s executable name', () => {
    expect(defaultExecutable('win32')).toBe('electron.exe');
    expect(defaultExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(defaultExecutable('linux')).toBe('electron');
    const mac = join(dir, 'dist', 'Electron.app/Contents/MacOS/Electron');
    expect(lookup({ [mac]: '' }, {}, 'darwin').path).toBe(mac);
  });
});
