import { Group, Loader, Text } from '@mantine/core';

/** A visible, announced "loading" line (role=status, so screen readers hear it politely). */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group role="status" gap="xs" py="md">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}
