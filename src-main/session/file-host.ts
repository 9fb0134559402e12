/**
 * The seam between the core and the door's file dialogs. Paths come from here (a native dialog,
 * or the browser host's own folder), never straight from the page.
 */
export interface FileHost {
  /** true where the door shows the operating system's file dialogs */
  readonly nativeDialogs: boolean;
  pickNetworkToOpen(): Promise<string | null>;
  pickNewNetworkPath(suggestedFileName: string): Promise<string | null>;
  pickCopyPath(suggestedFileName: string): Promise<string | null>;
  /** files the door offers to open without a dialog (the browser host's folder) */
  listOfferedFiles(): Promise<string[]>;
  demoNetworkPath(): string;
  /** where to write an export (.docx, .xlsx); null when the user cancelled */
  pickExportPath(suggestedFileName: string): Promise<string | null>;
  /** opens a written export with the system's program; false where the door cannot (the browser host) */
  openExternally(path: string): Promise<boolean>;
  /** the folder the browser host serves exports from; null where exports go wherever the user saves them */
  exportsFolder(): string | null;
}

export const NETWORK_FILE_EXTENSION = '.kotoverkko';

/** A name for an export: the document's kind and subject, letters kept, everything else a dash. */
export function exportFileNameFor(parts: string[], extension: string): string {
  const stem = parts
    .join('-')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return `${stem || 'export'}${extension}`;
}

/** A file name made from a network's name: letters kept (å, ä, ö too), everything else a dash. */
export function fileNameFor(networkName: string): string {
  const stem = networkName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'verkosto'}${NETWORK_FILE_EXTENSION}`;
}
