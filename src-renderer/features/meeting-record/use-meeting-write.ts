import { useCallback, useState } from 'react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/**
 * The record panels' writes away from a form: run one call, hand the changed meeting to the page,
 * say so, or show the error (a version conflict offers to load the meeting again).
 */
export function useMeetingWrite(meeting: MeetingDetail, onChange: (meeting: MeetingDetail) => void) {
  const { locale } = useI18n();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      onChange(await call('meetings.get', { meetingId: meeting.id, lang: locale }));
    } catch (error) {
      notify.error(error);
    }
  }, [meeting.id, locale, onChange, notify]);

  /** `action` returns the meeting, or anything else after which the meeting is read again. */
  const run = useCallback(
    async (action: () => Promise<MeetingDetail | { meetingId: string } | void>, success?: string): Promise<boolean> => {
      setBusy(true);
      try {
        const result = await action();
        if (result && 'agenda' in result) onChange(result);
        else await reload();
        if (success) notify.success(success);
        return true;
      } catch (error) {
        notify.actionError(error, () => void reload());
        return false;
      } finally {
        setBusy(false);
      }
    },
    [onChange, reload, notify],
  );

  return { run, reload, busy };
}
