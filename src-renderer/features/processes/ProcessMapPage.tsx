import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

export function ProcessMapPage() {
  const { t } = useI18n();
  return <PageTitle documentTitle={t.processes.mapTitle}>{t.processes.mapTitle}</PageTitle>;
}
