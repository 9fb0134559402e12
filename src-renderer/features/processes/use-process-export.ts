import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { InputOf } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { openExport } from '../../api/open-export';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/**
 * Writes the process description document (a long-running call in a worker), then opens it in the
 * app or downloads it in the browser. `null` from the core means the user cancelled the save dialog.
 */
export function useProcessExport() {
  const { t, format } = useI18n();
  const notify = useNotify();
  const [running, setRunning] = useState(false);

  const run = async (input: InputOf<'exports.processDocument'>) => {
    if (running) return;
    setRunning(true);
    try {
      const result = await call('exports.processDocument', input);
      if (!result) {
        notifications.show({ message: t.processes.export.cancelled, color: 'gray', withBorder: true, closeButtonProps: { 'aria-label': t.common.close } });
        return;
      }
      await openExport(result);
      notify.success(format(t.processes.export.done, { file: result.fileName }));
    } catch (error) {
      notify.error(error);
    } finally {
      setRunning(false);
    }
  };

  return { running, run };
}
