import { NativeSelect, NumberInput, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { AgendaItemView, LocalizedText, MeetingDetail } from '../../../src-main/api/contract/index';
import type { Locale } from '../../../src-main/i18n/locales';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { LocalizedTextFields } from '../../components/LocalizedTextFields';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas, type LongTextField } from '../../components/LanguageSwitchedTextareas';
import { orEmpty } from '../processes/localized';

type TextKey = 'background' | 'proposal' | 'discussion';
type Subject = 'none' | 'process' | 'matrix';

const FIELDS = ['title', 'title.fi', 'title.sv', 'title.en', 'presenterId', 'presenterText', 'durationMinutes', 'processId', 'matrixVersionId'].concat(
  ...['background', 'proposal', 'discussion'].map((key) => [`${key}.fi`, `${key}.sv`, `${key}.en`]),
);

interface Props {
  meeting: MeetingDetail;
  /** the item to edit; without it a new one is added */
  item?: AgendaItemView;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
  onReload: () => void;
}

/** A § item: its title, presenter, duration, texts (the discussion once the meeting is held) and subject. */
export function AgendaItemFormModal({ meeting, item, onClose, onSaved, onReload }: Props) {
  const { t, locale, format } = useI18n();
  const ti = t.meetings.item;
  const [title, setTitle] = useState<LocalizedText>(() => orEmpty(item?.titles));
  const [presenterMode, setPresenterMode] = useState<'invitee' | 'free'>(item?.presenterText ? 'free' : 'invitee');
  const [presenterId, setPresenterId] = useState<string | null>(item?.presenter?.representativeId ?? null);
  const [presenterText, setPresenterText] = useState(item?.presenterText ?? '');
  const [duration, setDuration] = useState<string | number>(item?.durationMinutes ?? '');
  const [texts, setTexts] = useState<Record<TextKey, LocalizedText>>(() => ({
    background: orEmpty(item?.background),
    proposal: orEmpty(item?.proposal),
    discussion: orEmpty(item?.discussion),
  }));
  const [textLanguage, setTextLanguage] = useState<Locale>(locale);
  const [subject, setSubject] = useState<Subject>(item?.process ? 'process' : item?.matrixVersion ? 'matrix' : 'none');
  const [processId, setProcessId] = useState(item?.process?.id ?? '');
  const [matrixVersionId, setMatrixVersionId] = useState(item?.matrixVersion?.id ?? '');
  const processes = useApiQuery('processes.map', subject === 'process' ? { lang: locale } : null);
  const matrices = useApiQuery('matrices.list', subject === 'matrix' ? { lang: locale } : null);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: item ? 'agendaItems.update' : 'agendaItems.create',
    fields: FIELDS,
    locale,
    onSaved,
    focusServerErrors: true,
  });

  const textFields: Array<LongTextField<TextKey>> = [
    { key: 'background', label: ti.background },
    { key: 'proposal', label: ti.proposal },
    ...(item ? [{ key: 'discussion' as const, label: ti.discussion, description: ti.discussionDescription }] : []),
  ];

  const presenterOptions = meeting.invitees.map((invitee) => ({ value: invitee.representativeId, label: `${invitee.name} (${invitee.actorName})` }));
  if (item?.presenter && !presenterOptions.some((option) => option.value === item.presenter?.representativeId)) {
    presenterOptions.unshift({ value: item.presenter.representativeId, label: `${item.presenter.name} (${item.presenter.actorName})` });
  }
  const processOptions = (processes.data?.processes ?? []).filter((process) => !process.archived || process.id === processId).map((process) => ({ value: process.id, label: process.name }));
  if (item?.process && !processOptions.some((option) => option.value === item.process?.id)) processOptions.unshift({ value: item.process.id, label: item.process.name });
  const matrixOptions = (matrices.data ?? [])
    .filter((matrix) => matrix.latestVersion.status === 'in_review')
    .map((matrix) => ({ value: matrix.latestVersion.id, label: format(ti.matrixOption, { name: matrix.name, number: matrix.latestVersion.number }) }));
  if (item?.matrixVersion && !matrixOptions.some((option) => option.value === item.matrixVersion?.id)) {
    matrixOptions.unshift({ value: item.matrixVersion.id, label: format(ti.matrixOption, { name: item.matrixVersion.matrixName, number: item.matrixVersion.number }) });
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const minutes = typeof duration === 'number' ? duration : duration.trim() === '' ? null : Number(duration);
    const fields = {
      title,
      presenterId: presenterMode === 'invitee' ? presenterId : null,
      presenterText: presenterMode === 'free' ? presenterText.trim() || null : null,
      durationMinutes: minutes,
      background: texts.background,
      proposal: texts.proposal,
      processId: subject === 'process' ? processId || null : null,
      matrixVersionId: subject === 'matrix' ? matrixVersionId || null : null,
    };
    return item
      ? submit(event, { ...fields, discussion: texts.discussion, itemId: item.id, expectedVersion: item.rowVersion })
      : submit(event, { ...fields, meetingId: meeting.id });
  };

  const modalTitle = item ? ti.editTitle : ti.createTitle;
  return (
    <AppModal opened onClose={onClose} title={modalTitle} size="xl">
      <form noValidate aria-label={modalTitle} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <LocalizedTextFields legend={ti.titleLegend} path="title" labels={ti.titleLabels} value={title} onChange={setTitle} errors={errors} />
          <Radio.Group label={ti.presenter} description={ti.presenterDescription} value={presenterMode} onChange={(value) => setPresenterMode(value === 'free' ? 'free' : 'invitee')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={6}>
              <Stack gap={6}>
                <Radio value="invitee" label={ti.presenterFromInvitees} />
                {presenterMode === 'invitee' && (
                  <Select
                    aria-label={ti.presenterFromInvitees}
                    placeholder={t.meetings.form.choosePerson}
                    searchable
                    clearable
                    data={presenterOptions}
                    value={presenterId}
                    onChange={setPresenterId}
                    error={errors.presenterId}
                    comboboxProps={{ withinPortal: true }}
                  />
                )}
              </Stack>
              <Stack gap={6}>
                <Radio value="free" label={ti.presenterFree} />
                {presenterMode === 'free' && (
                  <TextInput aria-label={ti.presenterText} value={presenterText} onChange={(event) => setPresenterText(event.currentTarget.value)} error={errors.presenterText} />
                )}
              </Stack>
            </SimpleGrid>
          </Radio.Group>
          <NumberInput label={ti.duration} min={0} max={1440} step={5} allowDecimal={false} value={duration} onChange={setDuration} error={errors.durationMinutes} w={200} name="durationMinutes" />
          <LanguageSwitchedTextareas
            legend={ti.texts}
            fields={textFields}
            values={texts}
            onChange={(key, value) => setTexts((previous) => ({ ...previous, [key]: value }))}
            errors={errors}
            language={textLanguage}
            onLanguageChange={setTextLanguage}
          />
          <Radio.Group label={ti.subject} value={subject} onChange={(value) => setSubject(value as Subject)}>
            <Stack gap="xs" mt={6}>
              <Radio value="none" label={ti.subjectNone} />
              <Radio value="process" label={ti.subjectProcess} />
              <Radio value="matrix" label={ti.subjectMatrix} />
            </Stack>
          </Radio.Group>
          {subject === 'process' && (
            <NativeSelect
              label={ti.subjectProcess}
              value={processId}
              onChange={(event) => setProcessId(event.currentTarget.value)}
              data={[{ value: '', label: ti.chooseProcess }, ...processOptions]}
              error={errors.processId}
              maw={560}
            />
          )}
          {subject === 'matrix' && (
            <NativeSelect
              label={ti.subjectMatrix}
              value={matrixVersionId}
              onChange={(event) => setMatrixVersionId(event.currentTarget.value)}
              data={[{ value: '', label: ti.chooseMatrix }, ...matrixOptions]}
              error={errors.matrixVersionId}
              maw={560}
            />
          )}
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
