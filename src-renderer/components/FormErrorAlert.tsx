import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ApiError } from '../../src-main/api/contract/api-error';
import { isVersionConflict } from '../api/errors';
import { useI18n } from '../i18n/use-i18n';

/**
 * An error that belongs to no single field. A version conflict gets its own title and a reload
 * button: the user's changes cannot be saved over someone else's without seeing them first.
 */
export function FormErrorAlert({ error, onReload }: { error: ApiError | null; onReload?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const conflict = isVersionConflict(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={conflict ? t.conflict.title : t.common.error} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{error.message}</Text>
        {conflict && onReload && (
          <Button size="xs" variant="filled" color="red.9" onClick={onReload}>
            {t.common.reload}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
