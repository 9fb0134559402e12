import { Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../i18n/use-i18n';

/** `reason` (from the core, in the user's language) names who else edits the network, when that is why. */
export function ReadOnlyBanner({ height, reason }: { height: number; reason?: string }) {
  const { t } = useI18n();
  return (
    <Group h={height} px="md" gap="xs" bg="gray.2" c="dark.9" wrap="nowrap">
      <IconLock size={18} aria-hidden />
      <Text size="sm" fw={600} truncate="end" title={reason}>
        {reason ?? t.shell.readOnlyBanner}
      </Text>
    </Group>
  );
}
