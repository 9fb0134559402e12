import { Text } from '@mantine/core';
import { useApiQuery } from '../../api/use-api-query';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { NetworkDetailsFields } from './NetworkDetailsFields';
/** The network's own name (shown to everyone using the file) and region. */
export function NetworkDetailsForm() {
  const { t } = useI18n();
  const network = useApiQuery('network.get', {});
  return (
    <SectionCard id="settings-network" title={t.settings.networkTitle}>
      <Text size="sm" c="dimmed">
        {t.settings.networkDescription}
      </Text>
      {network.data ? <NetworkDetailsFields key={network.data.rowVersion} network={network.data} onReload={network.reload} /> : <LoadingState label={t.common.loading} />}
    </SectionCard>
  );
}
