import { Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useI18n } from '../i18n/use-i18n';

/** Always visible while the demo network is open, so nobody mistakes it for real data. */
export function DemoBanner({ height }: { height: number }) {
  const { t } = useI18n();
  return (
    <Group h={height} px="md" gap="xs" bg="yellow.3" c="dark.9" wrap="nowrap" data-testid="demo-banner">
      <IconFlask size={18} aria-hidden />
      <Text size="sm" fw={700}>
        {t.shell.demoBanner}
      </Text>
    </Group>
  );
}
