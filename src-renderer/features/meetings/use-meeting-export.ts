import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ExportResult } from '../../../src-main/api/contract/index';
import { openExport } from '../../api/open-export';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Runs one of the meeting's exports (agenda, record, .ics, attachment), then opens the file in the
 * app or downloads it in the browser. `null` from the core means the user cancelled the save dialog.
 */
export function useMeetingExport() {
  const { t, format } = useI18n();
  const notify = useNotify();
  const [running, setRunning] = useState<string | null>(null);

  const run = async (key: string, write: () => Promise<ExportResult | null>) => {
    if (running) return;
    setRunning(key);
    try {
      const result = await write();
      if (!result) {
        notifications.show({ message: t.meetings.documents.cancelled, color: 'gray', withBorder: true, closeButtonProps: { 'aria-label': t.common.close } });
        return;
      }
      await openExport(result);
      notify.success(format(t.meetings.documents.done, { file: result.fileName }));
    } catch (error) {
      notify.error(error);
    } finally {
      setRunning(null);
    }
  };

  return { running, run };
}
