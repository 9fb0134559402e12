import { ActionIcon, Alert, Button, Checkbox, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconUserX } from '@tabler/icons-react';
import { useState } from 'react';
import type { Representative } from '../../../src-main/api/contract/index';
import { call } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { localToday } from '../../components/local-today';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/** A representative who has left: archived, or whose period ended before today. Only they can be erased. */
export function hasLeft(representative: Representative): boolean {
  return representative.archived || (representative.validTo !== null && representative.validTo < localToday());
}

/** "Poista henkilötiedot" on a former representative's row, with a confirmation that says what goes and that it is for good. */
export function EraseRepresentativeButton({ representative }: { representative: Representative }) {
  const { t, format } = useI18n();
  const tp = t.privacy;
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [running, setRunning] = useState(false);
  const label = format(tp.eraseLabel, { name: representative.name });
  const close = () => {
    setOpen(false);
    setUnderstood(false);
  };
  const erase = async () => {
    setRunning(true);
    try {
      await call('privacy.eraseRepresentative', { representativeId: representative.id, expectedVersion: representative.rowVersion });
      notify.success(tp.erased);
      close();
    } catch (error) {
      notify.error(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="subtle" color="red.9" aria-label={label} onClick={() => setOpen(true)}>
          <IconUserX size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
      {open && (
        <AppModal opened onClose={close} title={tp.eraseTitle} size="lg">
          <Stack gap="md">
            <Text size="sm">{format(tp.eraseIntro, { name: representative.name })}</Text>
            <div>
              <Text size="sm" fw={600}>
                {tp.removedHeading}
              </Text>
              <List size="sm">
                <List.Item>{tp.removedFields}</List.Item>
              </List>
            </div>
            <Text size="sm">{tp.remains}</Text>
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
              <Text size="sm" c="red.9" fw={600}>
                {tp.cannotUndo}
              </Text>
            </Alert>
            <Checkbox label={tp.confirm} checked={understood} onChange={(event) => setUnderstood(event.currentTarget.checked)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t.common.cancel}
              </Button>
              <Button color="red.9" disabled={!understood} loading={running} onClick={() => void erase()}>
                {tp.confirmButton}
              </Button>
            </Group>
          </Stack>
        </AppModal>
      )}
    </>
  );
}
