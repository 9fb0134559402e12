import { Button, Group } from '@mantine/core';
import type { ApiError } from '../../src-main/api/contract/api-error';
import { useI18n } from '../i18n/use-i18n';
import { FormErrorAlert } from './FormErrorAlert';

interface Props {
  /** the error that belongs to no single field (a version conflict offers `onReload`) */
  error: ApiError | null;
  onReload?: () => void;
  saving: boolean;
  /** a modal's Cancel; without it the form has only its submit button, at the start of the row */
  onCancel?: () => void;
  /** the submit button's text; "Save" unless given */
  submitLabel?: string;
  disabled?: boolean;
}

/** The end of a form: its error, then (Cancel and) the submit button, which spins while saving. */
export function FormFooter({ error, onReload, saving, onCancel, submitLabel, disabled }: Props) {
  const { t } = useI18n();
  return (
    <>
      <FormErrorAlert error={error} onReload={onReload} />
      <Group justify={onCancel ? 'flex-end' : undefined}>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        )}
        <Button type="submit" loading={saving} disabled={disabled}>
          {submitLabel ?? t.common.save}
        </Button>
      </Group>
    </>
  );
}
