import { Alert, Button, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowFork, IconInfoCircle } from '@tabler/icons-react';
import type { ActorDetail, SuccessionLink } from '../../../src-main/api/contract/index';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { SuccessionList } from './SuccessionList';

export function SuccessionsSection({ actor, canEdit, onAdd, onRemove }: { actor: ActorDetail; canEdit: boolean; onAdd: () => void; onRemove: (link: SuccessionLink) => void }) {
  const { t } = useI18n();
  return (
    <SectionCard
      id="actor-successions"
      title={t.actor.successions}
      actions={
        <Button variant="outline" size="xs" leftSection={<IconArrowFork size={16} aria-hidden />} onClick={onAdd} disabled={!canEdit}>
          {t.actor.addSuccessors}
        </Button>
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t.actor.predecessors}
          </Title>
          <SuccessionList links={actor.predecessors} emptyText={t.actor.noPredecessors} canEdit={canEdit} onRemove={onRemove} />
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t.actor.successors}
          </Title>
          <SuccessionList links={actor.successors} emptyText={t.actor.noSuccessors} canEdit={canEdit} onRemove={onRemove} />
        </Stack>
      </SimpleGrid>
      {actor.successors.length > 0 && (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t.actor.matrixRolesNote}
        </Alert>
      )}
    </SectionCard>
  );
}
