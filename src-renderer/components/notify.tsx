import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Locale } from '../../src-main/i18n/locales';
import { toApiError } from '../api/errors';

let counter = 0;
const nextId = () => `kotoverkko-${(counter += 1)}`;

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'green', withBorder: true });
}

export function notifyError(error: unknown, locale: Locale, title?: string): void {
  notifications.show({ title, message: toApiError(error, locale).message, color: 'red', withBorder: true, autoClose: false });
}

/** A confirmation with an undo button, e.g. after archiving; it stays a while so it can be used. */
export function notifyWithUndo({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => Promise<void> }): void {
  const id = nextId();
  notifications.show({
    id,
    color: 'green',
    withBorder: true,
    autoClose: 15_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="outline"
          onClick={() => {
            notifications.hide(id);
            void onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}

/**
 * An action that failed away from any form (archive, remove…). A version conflict offers to
 * reload, so the user sees what changed before trying again.
 */
export function notifyActionError(error: unknown, locale: Locale, labels: { conflictTitle: string; reload: string; error: string }, onReload: () => void): void {
  const apiError = toApiError(error, locale);
  const id = nextId();
  const conflict = apiError.code === 'version_conflict';
  notifications.show({
    id,
    color: 'red',
    withBorder: true,
    autoClose: false,
    title: conflict ? labels.conflictTitle : labels.error,
    message: conflict ? (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{apiError.message}</Text>
        <Button
          size="compact-sm"
          variant="outline"
          onClick={() => {
            notifications.hide(id);
            onReload();
          }}
        >
          {labels.reload}
        </Button>
      </Group>
    ) : (
      apiError.message
    ),
  });
}
