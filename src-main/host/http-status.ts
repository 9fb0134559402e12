import type { ErrorCode } from '../i18n/error-messages.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  unknown_method: 404,
  not_found: 404,
  version_conflict: 409,
  file_locked: 409,
  file_exists: 409,
  no_network_open: 409,
  read_only: 409,
  file_not_permitted: 403,
  file_write_failed: 500,
  migration_failed: 500,
  unauthorized: 401,
  forbidden: 403,
  request_too_large: 413,
  internal: 500,
  export_process_not_found: 404,
  export_not_written_here: 403,
  export_target_is_network: 409,
  export_failed: 500,
};

/** Bad input and refused domain rules are 400; the rest as the browser host's contract names them. */
export function httpStatusFor(code: ErrorCode): number {
  return STATUS[code] ?? 400;
}
