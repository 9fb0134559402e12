import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

// TEMPORARY (session 3): replaced by the action-item overview.
export function ActionItemOverviewPage() {
  const { t } = useI18n();
  return <PageTitle documentTitle={t.nav.actionItems}>{t.nav.actionItems}</PageTitle>;
}
