import { Group, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { LOCALE_TAGS } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/use-i18n';

/** "Seuraaja: …" under an actor that has been succeeded; wraps instead of cutting names off. */
export function SuccessorNote({ names }: { names: string[] }) {
  const { t, format, locale } = useI18n();
  const sorted = [...names].sort(new Intl.Collator(LOCALE_TAGS[locale]).compare);
  return (
    <Group
      gap={4}
      wrap="nowrap"
      align="flex-start"
      px={6}
      py={2}
      bg="orange.0"
      style={{ borderLeft: '3px solid var(--mantine-color-orange-7)', borderRadius: 2 }}
    >
      <IconArrowRight size={14} aria-hidden color="var(--mantine-color-orange-9)" style={{ marginTop: 2, flexShrink: 0 }} />
      <Text size="xs" fw={600} c="dark.6">
        {format(t.actors.succeededBy, { names: sorted.join(', ') })}
      </Text>
    </Group>
  );
}
