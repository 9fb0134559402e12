import { NativeSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { LocalizedText, MeetingDetail, MeetingKind, RecordKind } from '../../../src-main/api/contract/index';
import { MEETING_KINDS, RECORD_KINDS } from '../../../src-main/api/contract/meetings';
import type { FieldErrors } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { orEmpty } from '../processes/localized';
import { splitDateTime } from './meeting-time';
import { personSelectData, useRepresentativeOptions } from './use-representative-options';

const FIELDS = [
  'workingGroupId',
  'kind',
  'title',
  'title.fi',
  'title.sv',
  'title.en',
  'date',
  'startsAt',
  'endsAt',
  'place',
  'onlineLink',
  'chairId',
  'secretaryId',
  'recordKind',
  'caseNumber',
  'minuteCheckerIds',
];

interface Values {
  workingGroupId: string;
  kind: MeetingKind;
  title: LocalizedText;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineLink: string;
  chairId: string | null;
  secretaryId: string | null;
  recordKind: RecordKind | '';
  caseNumber: string;
  checker1: string | null;
  checker2: string | null;
}

function initialValues(meeting: MeetingDetail | undefined): Values {
  if (!meeting) {
    return {
      workingGroupId: '',
      kind: 'network_meeting',
      title: orEmpty(null),
      date: '',
      startTime: '09:00',
      endTime: '11:00',
      place: '',
      onlineLink: '',
      chairId: null,
      secretaryId: null,
      recordKind: '',
      caseNumber: '',
      checker1: null,
      checker2: null,
    };
  }
  const start = splitDateTime(meeting.startsAt);
  return {
    workingGroupId: meeting.workingGroupId ?? '',
    kind: meeting.kind,
    title: orEmpty(meeting.titles),
    date: start.date,
    startTime: start.time,
    endTime: splitDateTime(meeting.endsAt).time,
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    chairId: meeting.chair?.representativeId ?? null,
    secretaryId: meeting.secretary?.representativeId ?? null,
    recordKind: meeting.recordKind,
    caseNumber: meeting.caseNumber ?? '',
    checker1: meeting.minuteCheckers[0]?.representativeId ?? null,
    checker2: meeting.minuteCheckers[1]?.representativeId ?? null,
  };
}

interface Props {
  /** the meeting to edit; without it a new one is planned */
  meeting?: MeetingDetail;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
  onReload?: () => void;
}

/** Plan a meeting, or change its details: body, kind, title, time, place, link, chair, secretary, record. */
export function MeetingFormModal({ meeting, onClose, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const tf = t.meetings.form;
  const [values, setValues] = useState(() => initialValues(meeting));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const groups = useApiQuery('workingGroups.list', meeting ? null : { lang: locale });
  const people = useRepresentativeOptions();
  const { errors, formError, saving, submit } = useContractSubmit({
    method: meeting ? 'meetings.update' : 'meetings.create',
    fields: FIELDS,
    locale,
    onSaved,
    focusServerErrors: true,
  });

  const personData = (current: { representativeId: string; name: string; actorName: string } | null | undefined) =>
    personSelectData(people.options, current ? { id: current.representativeId, label: `${current.name} (${current.actorName})` } : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = {
      kind: values.kind,
      title: values.title,
      startsAt: `${values.date}T${values.startTime}`,
      endsAt: `${values.date}T${values.endTime}`,
      place: values.place.trim() || null,
      onlineLink: values.onlineLink.trim() || null,
      chairId: values.chairId,
      secretaryId: values.secretaryId,
      ...(values.recordKind ? { recordKind: values.recordKind } : {}),
      caseNumber: values.caseNumber.trim() || null,
    };
    const extraErrors: FieldErrors = values.date ? {} : { date: tf.dateRequired };
    if (meeting) {
      const minuteCheckerIds: [string | null, string | null] = [values.checker1, values.checker2];
      return submit(event, { ...fields, meetingId: meeting.id, expectedVersion: meeting.rowVersion, minuteCheckerIds }, { extraErrors });
    }
    return submit(event, { ...fields, workingGroupId: values.workingGroupId || null }, { extraErrors });
  };

  const title = meeting ? tf.editTitle : tf.createTitle;
  const activeGroups = (groups.data ?? []).filter((group) => !group.archived);
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {!meeting && (
            <NativeSelect
              label={tf.body}
              description={tf.bodyDescription}
              value={values.workingGroupId}
              onChange={(event) => set('workingGroupId', event.currentTarget.value)}
              data={[{ value: '', label: t.meetings.network }, ...activeGroups.map((group) => ({ value: group.id, label: group.name }))]}
              error={errors.workingGroupId}
              maw={480}
            />
          )}
          <NativeSelect
            label={tf.kind}
            value={values.kind}
            onChange={(event) => set('kind', event.currentTarget.value as MeetingKind)}
            data={MEETING_KINDS.map((kind) => ({ value: kind, label: t.meetings.kinds[kind] }))}
            error={errors.kind}
            maw={480}
          />
          <LocalizedTextFields legend={tf.titleLegend} path="title" labels={tf.titleLabels} value={values.title} onChange={(value) => set('title', value)} errors={errors} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField label={tf.date} withAsterisk value={values.date} onChange={(value) => set('date', value)} error={errors.date} name="date" />
            <TextInput
              label={tf.startTime}
              type="time"
              withAsterisk
              value={values.startTime}
              onChange={(event) => set('startTime', event.currentTarget.value)}
              error={values.date ? errors.startsAt : undefined}
              name="startsAt"
            />
            <TextInput label={tf.endTime} type="time" withAsterisk value={values.endTime} onChange={(event) => set('endTime', event.currentTarget.value)} error={values.date ? errors.endsAt : undefined} name="endsAt" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={tf.place} value={values.place} onChange={(event) => set('place', event.currentTarget.value)} error={errors.place} />
            <TextInput
              label={tf.onlineLink}
              description={tf.onlineLinkDescription}
              type="url"
              value={values.onlineLink}
              onChange={(event) => set('onlineLink', event.currentTarget.value)}
              error={errors.onlineLink}
            />
          </SimpleGrid>
          {people.options === null && !people.error && (
            <Text size="sm" c="dimmed" role="status">
              {tf.loadingPeople}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={tf.chair}
              placeholder={tf.choosePerson}
              searchable
              clearable
              data={personData(meeting?.chair)}
              value={values.chairId}
              onChange={(value) => set('chairId', value)}
              error={errors.chairId}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={tf.secretary}
              placeholder={tf.choosePerson}
              searchable
              clearable
              data={personData(meeting?.secretary)}
              value={values.secretaryId}
              onChange={(value) => set('secretaryId', value)}
              error={errors.secretaryId}
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={tf.recordKind}
              description={tf.recordKindDescription}
              value={values.recordKind}
              onChange={(event) => set('recordKind', event.currentTarget.value as RecordKind | '')}
              data={[...(meeting ? [] : [{ value: '', label: tf.recordKindDefault }]), ...RECORD_KINDS.map((kind) => ({ value: kind, label: t.meetings.recordKinds[kind] }))]}
              error={errors.recordKind}
            />
            <TextInput label={tf.caseNumber} value={values.caseNumber} onChange={(event) => set('caseNumber', event.currentTarget.value)} error={errors.caseNumber} />
          </SimpleGrid>
          {meeting && values.recordKind === 'minutes' && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={tf.minuteChecker1}
                placeholder={tf.choosePerson}
                searchable
                clearable
                data={personData(meeting.minuteCheckers[0])}
                value={values.checker1}
                onChange={(value) => set('checker1', value)}
                error={errors.minuteCheckerIds}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={tf.minuteChecker2}
                placeholder={tf.choosePerson}
                searchable
                clearable
                data={personData(meeting.minuteCheckers[1])}
                value={values.checker2}
                onChange={(value) => set('checker2', value)}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
