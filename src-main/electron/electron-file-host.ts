import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extname } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, Shell } from 'electron';
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
  /** opens written exports; Electron's own shell unless a test gives another */
  shell?: Pick<Shell, 'openPath'>;
}

/** The save dialog's filter for each kind of export, by extension. */
const EXPORT_FILTERS: Record<string, FileFilter> = {
  '.docx': { name: 'Word', extensions: ['docx'] },
  '.xlsx': { name: 'Excel', extensions: ['xlsx'] },
};

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
    return this.pickSavePath(suggestedFileName, FILTERS, NETWORK_FILE_EXTENSION);
  }

  pickCopyPath(suggestedFileName: string): Promise<string | null> {
    return this.pickSavePath(suggestedFileName, FILTERS, NETWORK_FILE_EXTENSION);
  }

  pickExportPath(suggestedFileName: string): Promise<string | null> {
    const extension = extname(suggestedFileName).toLowerCase();
    const filter = EXPORT_FILTERS[extension];
    return this.pickSavePath(suggestedFileName, filter ? [filter] : [], extension);
  }

  /** Opens the export in Word or Excel (whatever the system opens the type with). */
  async openExternally(path: string): Promise<boolean> {
    const shell = this.setup.shell ?? (await import('electron')).shell;
    // openPath answers with an error message, or '' when the program started
    return (await shell.openPath(path)) === '';
  }

  /** Exports go wherever the user saves them. */
  exportsFolder(): null {
    return null;
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
  private async pickSavePath(suggestedFileName: string, filters: FileFilter[], extension: string): Promise<string | null> {
    let defaultPath = join(this.setup.defaultFolder, suggestedFileName);
    for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt += 1) {
      const options = { defaultPath, filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const window = this.setup.window();
      const result = window ? await this.setup.dialog.showSaveDialog(window, options) : await this.setup.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const path = withExtension(result.filePath, extension);
      if (path === result.filePath || !(await exists(path))) return path;
      defaultPath = path;
    }
    return null;
  }
}

export function withNetworkExtension(path: string): string {
  return withExtension(path, NETWORK_FILE_EXTENSION);
}

function withExtension(path: string, extension: string): string {
  return !extension || path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

async function exists(path: string): Promise<boolean> {
  return Boolean(await stat(path).catch(() => null));
}
