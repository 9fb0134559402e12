import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

// TEMPORARY (session 3): replaced by the action plan.
export function ActionPlanPage() {
  const { t } = useI18n();
  return <PageTitle documentTitle={t.nav.actionPlan}>{t.nav.actionPlan}</PageTitle>;
}
