import { Group, NativeSelect, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ActionItemView, LocalizedText, MeetingDetail } from '../../../src-main/api/contract/index';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';

const FIELDS = ['title', 'title.fi', 'title.sv', 'title.en', 'agendaItemId', 'ownerActorId', 'ownerRepresentativeId', 'dueDate', 'goalActionId'];

type Props =
  | { meeting: MeetingDetail; item?: undefined; onClose: () => void; onSaved: (result: MeetingDetail) => void }
  | { meeting?: MeetingDetail; item: ActionItemView; onClose: () => void; onSaved: (result: ActionItemView) => void };

/**
 * An action item (tehtävä): what, which organisation and person, by when, under which § and for
 * which action of the action plan. The person is chosen from the organisation's representatives.
 */
export function ActionItemFormModal(props: Props) {
  const { meeting, item, onClose } = props;
  const { t, locale } = useI18n();
  const ti = t.meetingRecord.actionItems;
  const [title, setTitle] = useState<LocalizedText>({ fi: item?.titles.fi ?? '', sv: item?.titles.sv ?? '', en: item?.titles.en ?? '' });
  const [agendaItemId, setAgendaItemId] = useState('');
  const [ownerActorId, setOwnerActorId] = useState(item?.ownerActor?.id ?? '');
  const [ownerRepresentativeId, setOwnerRepresentativeId] = useState(item?.ownerRepresentative?.representativeId ?? '');
  const [dueDate, setDueDate] = useState(item?.dueDate ?? '');
  const [goalActionId, setGoalActionId] = useState(item?.goalAction?.id ?? '');
  const actors = useApiQuery('actors.list', { lang: locale });
  const owner = useApiQuery('actors.get', ownerActorId ? { id: ownerActorId } : null);
  const goals = useApiQuery('goals.list', { lang: locale });

  const create = useContractSubmit({
    method: 'actionItems.create',
    fields: FIELDS,
    locale,
    onSaved: (result) => (props.item ? undefined : props.onSaved(result)),
    focusServerErrors: true,
  });
  const update = useContractSubmit({
    method: 'actionItems.update',
    fields: FIELDS,
    locale,
    onSaved: (result) => (props.item ? props.onSaved(result) : undefined),
    focusServerErrors: true,
  });
  const { errors, formError, saving } = item ? update : create;

  const people = (owner.data?.representatives ?? []).filter((person) => !person.archived || person.id === ownerRepresentativeId);
  const personOptions = people.map((person) => ({ value: person.id, label: person.title ? `${person.name} (${person.title})` : person.name }));
  if (item?.ownerRepresentative && ownerRepresentativeId === item.ownerRepresentative.representativeId && !people.some((person) => person.id === ownerRepresentativeId)) {
    personOptions.unshift({ value: ownerRepresentativeId, label: item.ownerRepresentative.name });
  }
  const goalOptions = (goals.data ?? [])
    .filter((goal) => !goal.archived || goal.actions.some((action) => action.id === goalActionId))
    .filter((goal) => goal.actions.length > 0)
    .map((goal) => ({ group: goal.name, items: goal.actions.map((action) => ({ value: action.id, label: action.name })) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const fields = {
      title,
      ownerActorId: ownerActorId || null,
      ownerRepresentativeId: ownerRepresentativeId || null,
      dueDate: dueDate || null,
      goalActionId: goalActionId || null,
    };
    if (item) return update.submit(event, { id: item.id, expectedVersion: item.rowVersion, ...fields });
    return create.submit(event, { meetingId: meeting!.id, agendaItemId: agendaItemId || null, ...fields });
  };

  const heading = item ? ti.editTitle : ti.createTitle;
  return (
    <AppModal opened onClose={onClose} title={heading} size="xl">
      <form noValidate aria-label={heading} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <LocalizedTextFields legend={ti.titleLegend} path="title" labels={ti.titleLabels} value={title} onChange={setTitle} errors={errors} />
          {!item && meeting && (
            <NativeSelect
              label={ti.agendaItem}
              value={agendaItemId}
              onChange={(event) => setAgendaItemId(event.currentTarget.value)}
              data={[{ value: '', label: ti.noAgendaItem }, ...meeting.agenda.map((agendaItem) => ({ value: agendaItem.id, label: `${agendaItem.sectionLabel} ${agendaItem.title}`.trim() }))]}
              error={errors.agendaItemId}
              maw={620}
            />
          )}
          <Group grow align="flex-start">
            <NativeSelect
              label={ti.ownerActor}
              value={ownerActorId}
              onChange={(event) => {
                setOwnerActorId(event.currentTarget.value);
                setOwnerRepresentativeId('');
              }}
              data={[{ value: '', label: ti.chooseActor }, ...(actors.data ?? []).map((actor) => ({ value: actor.id, label: actor.name }))]}
              error={errors.ownerActorId}
            />
            <NativeSelect
              label={ti.ownerPerson}
              description={ownerActorId ? undefined : ti.personNeedsActor}
              value={ownerRepresentativeId}
              disabled={!ownerActorId}
              onChange={(event) => setOwnerRepresentativeId(event.currentTarget.value)}
              data={[{ value: '', label: ti.choosePerson }, ...personOptions]}
              error={errors.ownerRepresentativeId}
            />
          </Group>
          <DateField label={ti.dueDate} value={dueDate} onChange={setDueDate} error={errors.dueDate} />
          <NativeSelect
            label={ti.goalAction}
            description={ti.goalActionDescription}
            value={goalActionId}
            onChange={(event) => setGoalActionId(event.currentTarget.value)}
            data={[{ value: '', label: ti.noGoalAction }, ...goalOptions]}
            error={errors.goalActionId}
            maw={620}
          />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
