import { Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  type AttendanceStatus,
  type MeetingDetail,
  type ParticipationMode,
} from '../../../src-main/api/contract/index';
import { ATTENDANCE_STATUSES, PARTICIPATION_MODES } from '../../../src-main/api/contract/meetings';
import { errorMessage } from '../../../src-main/i18n/error-messages';
import type { FieldErrors } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['guestName', 'guestActorId', 'status', 'participation', 'note'];

/** A guest (not one of the network's representatives) by name, with the organisation they came from. */
export function GuestModal({ meeting, onClose, onSaved }: { meeting: MeetingDetail; onClose: () => void; onSaved: (meeting: MeetingDetail, name: string) => void }) {
  const { t, locale } = useI18n();
  const ta = t.meetingRecord.attendance;
  const actors = useApiQuery('actors.list', { lang: locale });
  const [name, setName] = useState('');
  const [actorId, setActorId] = useState('');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const [participation, setParticipation] = useState<ParticipationMode | ''>('');
  const [note, setNote] = useState('');
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'attendance.set',
    fields: FIELDS,
    locale,
    onSaved: (result) => onSaved(result, name.trim()),
    focusServerErrors: true,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = {
      meetingId: meeting.id,
      representativeId: null,
      guestName: name,
      guestActorId: actorId || null,
      status,
      participation: status === 'absent' ? null : participation || null,
      note: note.trim() || null,
    };
    // The contract says "who was it" about the person as a whole; here that is the name field.
    const extraErrors: FieldErrors = name.trim() ? {} : { guestName: errorMessage('attendance_person_required', locale) };
    return submit(event, input, { extraErrors, validateAs: { ...input, guestName: name.trim() || '-' } });
  };
  return (
    <AppModal opened onClose={onClose} title={ta.guestTitle} size="lg">
      <form noValidate aria-label={ta.guestTitle} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <TextInput label={ta.guestName} withAsterisk value={name} onChange={(event) => setName(event.currentTarget.value)} error={errors.guestName} maxLength={200} data-autofocus />
          <NativeSelect
            label={ta.guestOrganisation}
            value={actorId}
            onChange={(event) => setActorId(event.currentTarget.value)}
            data={[{ value: '', label: ta.guestOrganisationNone }, ...(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name }))]}
            error={errors.guestActorId}
            maw={520}
          />
          <Group grow align="flex-start">
            <NativeSelect
              label={ta.status}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as AttendanceStatus)}
              data={ATTENDANCE_STATUSES.filter((candidate) => candidate !== 'deputy').map((candidate) => ({ value: candidate, label: ta.statuses[candidate] }))}
            />
            <NativeSelect
              label={ta.participation}
              value={participation}
              disabled={status === 'absent'}
              onChange={(event) => setParticipation(event.currentTarget.value as ParticipationMode)}
              data={[{ value: '', label: ta.notGiven }, ...PARTICIPATION_MODES.map((mode) => ({ value: mode, label: ta.participations[mode] }))]}
            />
          </Group>
          <TextInput label={ta.note} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.note} maxLength={500} />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
