import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';

export function MatrixPage({ matrixId, versionId }: { matrixId: string; versionId: string | null }) {
  const { t } = useI18n();
  return <PageTitle documentTitle={`${t.matrices.listTitle} ${matrixId} ${versionId ?? ''}`}>{`${t.matrices.listTitle} ${matrixId} ${versionId ?? ''}`}</PageTitle>;
}
