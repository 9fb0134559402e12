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
}

export const NETWORK_FILE_EXTENSION = '.kotoverkko';

/** A file name made from a network's name: letters kept (å, ä, ö too), everything else a dash. */
export function fileNameFor(networkName: string): string {
  const stem = networkName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'verkosto'}${NETWORK_FILE_EXTENSION}`;
}
