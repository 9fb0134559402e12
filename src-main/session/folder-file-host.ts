import { mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { type FileHost, NETWORK_FILE_EXTENSION } from './file-host.js';

/**
 * The browser host's and the command line's files: one folder, no dialogs. New files and copies
 * get free names in it; "open" offers the network files found there.
 */
export class FolderFileHost implements FileHost {
  readonly nativeDialogs = false;

  constructor(
    private readonly folder: string,
    private readonly demoFile: string,
  ) {}

  async pickNetworkToOpen(): Promise<string | null> {
    return null;
  }

  async pickNewNetworkPath(suggestedFileName: string): Promise<string | null> {
    return this.freeName(suggestedFileName);
  }

  async pickCopyPath(suggestedFileName: string): Promise<string | null> {
    return this.freeName(suggestedFileName);
  }

  async listOfferedFiles(): Promise<string[]> {
    const entries = await readdir(this.folder).catch(() => []);
    return entries.filter((entry) => entry.endsWith(NETWORK_FILE_EXTENSION) && !entry.startsWith('.')).map((entry) => resolve(this.folder, entry));
  }

  demoNetworkPath(): string {
    return this.demoFile;
  }

  /** Exports go to `exports/` in the folder, under a free name: an earlier export is never replaced. */
  async pickExportPath(suggestedFileName: string): Promise<string | null> {
    const folder = this.exportsFolder();
    await mkdir(folder, { recursive: true });
    return this.freeName(basename(suggestedFileName), folder);
  }

  /** No desktop to open a program on: the browser host's page downloads the file instead. */
  async openExternally(_path: string): Promise<boolean> {
    return false;
  }

  exportsFolder(): string {
    return resolve(this.folder, 'exports');
  }

  private async freeName(suggestedFileName: string, folder: string = this.folder): Promise<string> {
    const extension = extname(suggestedFileName) || NETWORK_FILE_EXTENSION;
    const stem = basename(suggestedFileName, extension);
    for (let counter = 1; ; counter += 1) {
      const candidate = join(folder, counter === 1 ? `${stem}${extension}` : `${stem}-${counter}${extension}`);
      if (!(await stat(candidate).catch(() => null))) return resolve(candidate);
    }
  }
}
