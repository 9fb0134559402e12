import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { toApiError } from '../api/errors';
import { useI18n } from '../i18n/use-i18n';

let counter = 0;
const nextId = () => `kotoverkko-${(counter += 1)}`;

/**
 * Notifications in the user's language: confirmations, errors, an undo offer after archiving, and
 * for a failed action a version conflict with a reload button. Every close button is named.
 */
export function useNotify() {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const common = { withBorder: true, closeButtonProps: { 'aria-label': t.common.close } };
    const withButton = (id: string, message: string, label: string, onClick: () => void) => (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="outline"
          onClick={() => {
            notifications.hide(id);
            onClick();
          }}
        >
          {label}
        </Button>
      </Group>
    );
    return {
      success(message: string): void {
        notifications.show({ ...common, message, color: 'green' });
      },
      error(error: unknown): void {
        notifications.show({ ...common, title: t.common.error, message: toApiError(error, locale).message, color: 'red', autoClose: false });
      },
      /** A confirmation with an undo button (e.g. after archiving); it stays long enough to be used. */
      withUndo(message: string, onUndo: () => void): void {
        const id = nextId();
        notifications.show({ ...common, id, color: 'green', autoClose: 15_000, message: withButton(id, message, t.common.undo, onUndo) });
      },
      /** An action that failed away from any form; a version conflict offers to reload first. */
      actionError(error: unknown, onReload: () => void): void {
        const apiError = toApiError(error, locale);
        const id = nextId();
        const conflict = apiError.code === 'version_conflict';
        notifications.show({
          ...common,
          id,
          color: 'red',
          autoClose: false,
          title: conflict ? t.conflict.title : t.common.error,
          message: conflict ? withButton(id, apiError.message, t.common.reload, onReload) : apiError.message,
        });
      },
    };
  }, [t, locale]);
}
