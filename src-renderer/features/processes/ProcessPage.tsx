import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

export function ProcessPage({ id }: { id: string }) {
  const { t } = useI18n();
  return <PageTitle documentTitle={`${t.processes.mapTitle} ${id}`}>{`${t.processes.mapTitle} ${id}`}</PageTitle>;
}
