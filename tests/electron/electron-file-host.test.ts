import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ElectronFileHost, withNetworkExtension } from '../../src-main/electron/electron-file-host';

let folder: string;
let previousHome: string | undefined;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kotoverkko-file-host-'));
  previousHome = process.env.KOTOVERKKO_HOME;
  process.env.KOTOVERKKO_HOME = join(folder, 'home');
});
afterEach(() => {
  if (previousHome === undefined) delete process.env.KOTOVERKKO_HOME;
  else process.env.KOTOVERKKO_HOME = previousHome;
  rmSync(folder, { recursive: true, force: true });
});

/** Dialog answers given in order; the options each call saw are recorded. */
function fakeDialog(openAnswers: Array<{ canceled: boolean; filePaths: string[] }>, saveAnswers: Array<{ canceled: boolean; filePath: string }>) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => openAnswers.shift()!);
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => saveAnswers.shift()!);
  return { dialog: { showOpenDialog, showSaveDialog } as never, showOpenDialog, showSaveDialog };
}

describe('the Electron file host', () => {
  it('uses native dialogs and offers no folder listing', async () => {
    const host = new ElectronFileHost({ ...fakeDialog([], []), window: () => null, defaultFolder: folder });
    expect(host.nativeDialogs).toBe(true);
    expect(await host.listOfferedFiles()).toEqual([]);
  });

  it('keeps the demo network in KOTOVERKKO_HOME', () => {
    const host = new ElectronFileHost({ ...fakeDialog([], []), window: () => null, defaultFolder: folder });
    expect(host.demoNetworkPath()).toBe(join(folder, 'home', 'demo', 'Kotoverkko-esimerkkiverkosto.kotoverkko'));
  });

  it('opens the file the user picked, filtered to .kotoverkko, or nothing when cancelled', async () => {
    const fake = fakeDialog([{ canceled: false, filePaths: ['/data/Häme.kotoverkko'] }, { canceled: true, filePaths: [] }], []);
    const host = new ElectronFileHost({ dialog: fake.dialog, window: () => null, defaultFolder: folder });
    expect(await host.pickNetworkToOpen()).toBe('/data/Häme.kotoverkko');
    expect(await host.pickNetworkToOpen()).toBeNull();
    expect(fake.showOpenDialog.mock.calls[0]![0]).toMatchObject({ properties: ['openFile'], filters: [{ extensions: ['kotoverkko'] }] });
  });

  it('makes the dialog modal to the window when there is one', async () => {
    const window = { id: 1 } as never;
    const fake = fakeDialog([{ canceled: true, filePaths: [] }], [{ canceled: true, filePath: '' }]);
    const host = new ElectronFileHost({ dialog: fake.dialog, window: () => window, defaultFolder: folder });
    await host.pickNetworkToOpen();
    await host.pickCopyPath('a.kotoverkko');
    expect(fake.showOpenDialog.mock.calls[0]![0]).toBe(window);
    expect(fake.showSaveDialog.mock.calls[0]![0]).toBe(window);
  });

  it('suggests the name in the default folder and adds the extension a dialog left out', async () => {
    const fake = fakeDialog([], [{ canceled: false, filePath: join(folder, 'Häme') }]);
    const host = new ElectronFileHost({ dialog: fake.dialog, window: () => null, defaultFolder: folder });
    expect(await host.pickNewNetworkPath('Häme.kotoverkko')).toBe(join(folder, 'Häme.kotoverkko'));
    expect(fake.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: join(folder, 'Häme.kotoverkko'), filters: [{ extensions: ['kotoverkko'] }] });
  });

  it('asks again when the added extension names a file the dialog never asked about', async () => {
    writeFileSync(join(folder, 'Häme.kotoverkko'), 'existing');
    const fake = fakeDialog([], [
      { canceled: false, filePath: join(folder, 'Häme') },
      { canceled: false, filePath: join(folder, 'Häme.kotoverkko') },
    ]);
    const host = new ElectronFileHost({ dialog: fake.dialog, window: () => null, defaultFolder: folder });
    // The second answer was given in a dialog that itself confirmed replacing the file.
    expect(await host.pickNewNetworkPath('Uusi.kotoverkko')).toBe(join(folder, 'Häme.kotoverkko'));
    expect(fake.showSaveDialog).toHaveBeenCalledTimes(2);
    expect(fake.showSaveDialog.mock.calls[1]![0]).toMatchObject({ defaultPath: join(folder, 'Häme.kotoverkko') });
  });

  it('returns null when the save dialog is cancelled', async () => {
    const fake = fakeDialog([], [{ canceled: true, filePath: '' }]);
    const host = new ElectronFileHost({ dialog: fake.dialog, window: () => null, defaultFolder: folder });
    expect(await host.pickCopyPath('a-kopio.kotoverkko')).toBeNull();
  });

  it('adds the extension only when it is missing', () => {
    expect(withNetworkExtension('/a/b')).toBe('/a/b.kotoverkko');
    expect(withNetworkExtension('/a/b.KOTOVERKKO')).toBe('/a/b.KOTOVERKKO');
    expect(withNetworkExtension('/a/b.kotoverkko')).toBe('/a/b.kotoverkko');
  });
});
