import { ActionIcon, Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { SuccessionLink } from '../../../src-main/api/contract/index';
import { hrefFor } from '../../app/router';
import { useI18n } from '../../i18n/use-i18n';

/** Predecessors or successors, each with its date and note, and a way to undo a mistaken record. */
export function SuccessionList({ links, emptyText, canEdit, onRemove }: { links: SuccessionLink[]; emptyText: string; canEdit: boolean; onRemove: (link: SuccessionLink) => void }) {
  const { t, date, format } = useI18n();
  if (links.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {links.map((link) => {
        const removeLabel = format(t.actor.removeSuccession, { name: link.actorName });
        return (
          <Group component="li" key={link.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <Stack gap={0}>
              <Anchor href={hrefFor({ name: 'actor', id: link.actorId })} fw={600}>
                {link.actorName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {format(t.actor.successionDate, { date: date(link.effectiveDate) })}
              </Text>
              {link.note && <Text size="sm">{link.note}</Text>}
            </Stack>
            {canEdit && (
              <Tooltip label={removeLabel}>
                <ActionIcon variant="subtle" color="red.9" aria-label={removeLabel} onClick={() => onRemove(link)}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
