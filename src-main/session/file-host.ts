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
  const stem = shortened(parts.join('-').normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-')).replace(/^-+|-+$/g, '');
  // Windows keeps these names for devices, whatever the extension
  return `${WINDOWS_DEVICE_NAME.test(stem) ? 'export-' : ''}${stem || 'export'}${extension}`;
}

/**
 * At most 100 characters and 200 bytes in UTF-8 (file systems count bytes, 255 at most), cut by
 * code point: cutting between the halves of a surrogate pair (𝒜) would break the name's URL.
 */
function shortened(text: string): string {
  let out = '';
  let bytes = 0;
  for (const character of Array.from(text).slice(0, 100)) {
    bytes += Buffer.byteLength(character);
    if (bytes > 200) break;
    out += character;
  }
  return out;
}

const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)$/i;

/** A file name made from a network's name: letters kept (å, ä, ö too), everything else a dash. */
export function fileNameFor(networkName: string): string {
  const stem = networkName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'verkosto'}${NETWORK_FILE_EXTENSION}`;
}
