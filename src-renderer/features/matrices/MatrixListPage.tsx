import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

export function MatrixListPage() {
  const { t } = useI18n();
  return <PageTitle documentTitle={t.matrices.listTitle}>{t.matrices.listTitle}</PageTitle>;
}
