import { AppError } from '../domain/shared/app-error.js';

/** Turns the sqlite3 package's error codes into the app's own errors about a file. */
export function fileErrorFromSqlite(error: unknown, file: string): AppError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('file_locked', { file });
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError('file_corrupt', { file });
    case 'SQLITE_READONLY':
      return new AppError('read_only', { file });
    case 'SQLITE_CANTOPEN':
      return new AppError('file_not_found', { file });
    default:
      return null;
  }
}
