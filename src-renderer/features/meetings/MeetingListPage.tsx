import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

// TEMPORARY (session 3): replaced by the meeting list and calendar.
export function MeetingListPage() {
  const { t } = useI18n();
  return <PageTitle documentTitle={t.meetings.title}>{t.meetings.title}</PageTitle>;
}
