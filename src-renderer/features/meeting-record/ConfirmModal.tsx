import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { toApiError } from '../../api/errors';
import { AppModal } from '../../components/AppModal';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useI18n } from '../../i18n/use-i18n';

interface Props {
  title: string;
  /** what will happen, in plain words */
  children: ReactNode;
  /** a note beside the action (e.g. what the network meeting cannot do) */
  note?: string;
  confirmLabel: string;
  danger?: boolean;
  onClose: () => void;
  /** runs the action; what it throws is shown in the modal */
  onConfirm: () => Promise<void>;
  onReload?: () => void;
}

/** Asks before an action that changes something elsewhere, saying exactly what will happen. */
export function ConfirmModal({ title, children, note, confirmLabel, danger, onClose, onConfirm, onReload }: Props) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(toApiError(caught, locale));
      setSaving(false);
    }
  };
  return (
    <AppModal opened onClose={onClose} title={title} size="lg">
      <Stack gap="md">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        {note && (
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
            <Text size="sm">{note}</Text>
          </Alert>
        )}
        <FormErrorAlert error={error} onReload={onReload} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button color={danger ? 'red.9' : undefined} loading={saving} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
