import { open } from 'node:fs/promises';
import { AppError } from '../domain/shared/app-error.js';

/** SQLite's journal magic: written only once a journal is complete and synced (a "hot" journal). */
const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');
const APPLICATION_ID_OFFSET = 68;

/**
 * A complete journal named after the file is played back into it by the first SQLite connection,
 * whichever database wrote it (a journal copied or left over beside a renamed file). Playing
 * another database's pages into a network file destroys it, so such a journal is refused before
 * any connection is made. A journal is another database's when its page size differs from the
 * file's, or when its saved first page (the header) does not carry the file's application id.
 * Junk or a journal not yet complete is SQLite's to ignore and is left to it.
 */
export async function refuseForeignJournal(file: string, header: Buffer): Promise<void> {
  const journal = `${file}-journal`;
  const handle = await open(journal, 'r').catch(() => null);
  if (!handle) return;
  try {
    const head = Buffer.alloc(28);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead < head.length || !head.subarray(0, 8).equals(JOURNAL_MAGIC)) return;
    const sectorSize = head.readUInt32BE(20);
    const journalPageSize = head.readUInt32BE(24);
    const filePageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    if (journalPageSize !== filePageSize) throw foreign(file, journal);
    const size = (await handle.stat()).size;
    const record = 4 + journalPageSize + 4;
    // Page records follow the header's sector (only the first segment's: later ones have headers
    // of their own); page 1, when saved, is the file's own header as it was.
    const recordCount = head.readUInt32BE(8);
    const end = recordCount > 0 && recordCount !== 0xffffffff ? Math.min(size, sectorSize + recordCount * record) : size;
    for (let offset = sectorSize; offset + record <= end; offset += record) {
      const pageNumber = Buffer.alloc(4);
      await handle.read(pageNumber, 0, 4, offset);
      if (pageNumber.readUInt32BE(0) !== 1) continue;
      const savedHeader = Buffer.alloc(100);
      await handle.read(savedHeader, 0, savedHeader.length, offset + 4);
      if (savedHeader.readUInt32BE(APPLICATION_ID_OFFSET) !== header.readUInt32BE(APPLICATION_ID_OFFSET)) throw foreign(file, journal);
      return;
    }
  } finally {
    await handle.close();
  }
}

function foreign(file: string, journal: string): AppError {
  return new AppError('file_foreign_journal', { file, journal });
}
