import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { appPaths } from '../session/app-paths.js';
import { type FileHost, NETWORK_FILE_EXTENSION } from '../session/file-host.js';

const FILTERS: FileFilter[] = [{ name: 'Kotoverkko', extensions: [NETWORK_FILE_EXTENSION.slice(1)] }];

/** A save dialog is asked again at most this often when it returns a name without our extension that already exists. */
const SAVE_ATTEMPTS = 3;

export interface ElectronFileHostSetup {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** the window the dialogs belong to (modal to it), if there is one */
  window: () => BrowserWindow | null;
  /** where save dialogs start, e.g. the user's Documents folder */
  defaultFolder: string;
}

/**
 * The desktop's file dialogs. Paths come from the operating system's dialog the user answered,
 * never from the page.
 */
export class ElectronFileHost implements FileHost {
  readonly nativeDialogs = true;

  constructor(private readonly setup: ElectronFileHostSetup) {}

  async pickNetworkToOpen(): Promise<string | null> {
    const options = { properties: ['openFile' as const], filters: FILTERS };
    const window = this.setup.window();
    const result = window ? await this.setup.dialog.showOpenDialog(window, options) : await this.setup.dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  pickNewNetworkPath(suggestedFileName: string): Promise<string | null> {
    return this.pickSavePath(suggestedFileName);
  }

  pickCopyPath(suggestedFileName: string): Promise<string | null> {
    return this.pickSavePath(suggestedFileName);
  }

  /** Native dialogs need no offered list: the user browses. */
  async listOfferedFiles(): Promise<string[]> {
    return [];
  }

  demoNetworkPath(): string {
    return appPaths().demoFile;
  }

  /**
   * Some save dialogs (GTK) do not add the extension. We add it; but then the dialog's own
   * "replace?" question was about another name, so if that file exists the dialog asks again.
   */
  private async pickSavePath(suggestedFileName: string): Promise<string | null> {
    let defaultPath = join(this.setup.defaultFolder, suggestedFileName);
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
      const options = { defaultPath, filters: FILTERS, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const window = this.setup.window();
      const result = window ? await this.setup.dialog.showSaveDialog(window, options) : await this.setup.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = withNetworkExtension(result.filePath);
      if (path === result.filePath || !(await exists(path))) return path;
      defaultPath = path;
    }
    return null;
  }
}

export function withNetworkExtension(path: string): string {
  return path.toLowerCase().endsWith(NETWORK_FILE_EXTENSION) ? path : `${path}${NETWORK_FILE_EXTENSION}`;
}

async function exists(path: string): Promise<boolean> {
  return Boolean(await stat(path).catch(() => null));
}
