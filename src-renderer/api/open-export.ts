import type { ExportResult } from '../../src-main/api/contract/index';
import { call } from './api';
import { fetchHostFile } from './client';

/**
 * Shows a written export to the user: the app opens it in Word (or the system's program); the
 * browser host cannot reach the desktop, so the page downloads it instead.
 */
export async function openExport(result: ExportResult): Promise<void> {
  if (result.downloadUrl) {
    const blob = await fetchHostFile(result.downloadUrl);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = result.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    return;
  }
  await call('exports.open', { path: result.path });
}
