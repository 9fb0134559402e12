import { Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ReviewAnswer } from '../../../src-main/api/contract/index';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';

/** The coordinator's answer to a member's comment; answering closes the comment. */
export function ResolveCommentModal({ review, taskName, onClose, onSaved }: { review: ReviewAnswer; taskName: string; onClose: () => void; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const tr = t.matrices.review;
  const [resolution, setResolution] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({ method: 'reviews.resolve', fields: ['resolution'], locale, onSaved, focusServerErrors: true });
  return (
    <AppModal opened onClose={onClose} title={tr.resolveTitle} size="lg">
      <form noValidate aria-label={tr.resolveTitle} onSubmit={(event) => void submit(event, { reviewId: review.id, resolution })}>
        <Stack gap="md">
          <Text fw={600}>{taskName}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {review.comment}
          </Text>
          <Textarea
            label={tr.resolutionField}
            withAsterisk
            autosize
            minRows={3}
            maxRows={10}
            value={resolution}
            onChange={(event) => setResolution(event.currentTarget.value)}
            error={errors.resolution}
            data-autofocus
          />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
