import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../i18n/use-i18n';

export function ReadOnlyBanner({ height }: { height: number }) {
  const { t } = useI18n();
  return (
    <Group h={height} px="md" gap="xs" bg="gray.2" c="dark.9" wrap="nowrap">
      <IconLock size={18} aria-hidden />
      <Text size="sm" fw={600}>
        {t.shell.readOnlyBanner}
      </Text>
    </Group>
  );
}
