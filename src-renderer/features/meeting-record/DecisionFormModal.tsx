import { NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  type AgendaItemView,
  type DecisionKind,
  type DecisionView,
  type LocalizedText,
  type MeetingDetail,
} from '../../../src-main/api/contract/index';
import { DECISION_KINDS } from '../../../src-main/api/contract/meetings';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { AppModal } from '../../components/AppModal';
import { FormFooter } from '../../components/FormFooter';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitchedTextareas } from '../../components/LanguageSwitchedTextareas';

const FIELDS = ['kind', 'text', 'text.fi', 'text.sv', 'text.en', 'matrixVersionId', 'actorId'];

interface VersionChoice {
  id: string;
  matrixId: string;
  matrixName: string;
  number: number;
  status: string;
}

interface CreateProps {
  item: AgendaItemView;
  decision?: undefined;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
}
interface EditProps {
  item: AgendaItemView;
  decision: DecisionView;
  onClose: () => void;
  onSaved: (meeting: MeetingDetail) => void;
}

/**
 * Writes a decision under a § item: its kind, the matrix version (and organisation) it concerns,
 * and its text. Editing changes only the text; the kind and object stay with the decision.
 */
export function DecisionFormModal({ item, decision, onClose, onSaved }: CreateProps | EditProps) {
  const { t, locale, format } = useI18n();
  const td = t.meetingRecord.decisions;
  const editing = decision !== undefined;
  const [kind, setKind] = useState<DecisionKind>(decision?.kind ?? (item.matrixVersion ? (item.matrixVersion.status === 'approved' ? 'accept_matrix_version' : 'approve_matrix_version') : 'general'));
  const [versionId, setVersionId] = useState(item.matrixVersion?.id ?? '');
  const [actorId, setActorId] = useState('');
  const [text, setText] = useState<LocalizedText>(() => {
    if (decision) return { fi: decision.texts.fi ?? '', sv: decision.texts.sv ?? '', en: decision.texts.en ?? '' };
    // The item's own version in review: the decision most likely approves it, so say so already.
    const linked = item.matrixVersion;
    const suggestion = linked && linked.status === 'in_review' ? format(td.suggestionApprove, { matrix: linked.matrixName, number: linked.number }) : '';
    return { fi: '', sv: '', en: '', [locale]: suggestion };
  });
  const [language, setLanguage] = useState(locale);
  const [touched, setTouched] = useState(editing);

  const matrices = useApiQuery('matrices.list', editing || kind === 'general' ? null : { lang: locale });
  const wanted = kind === 'approve_matrix_version' ? 'in_review' : 'approved';
  const choices = new Map<string, VersionChoice>();
  if (item.matrixVersion && item.matrixVersion.status === wanted) choices.set(item.matrixVersion.id, item.matrixVersion);
  for (const matrix of matrices.data ?? []) {
    if (matrix.archived) continue;
    const version = kind === 'approve_matrix_version' ? (matrix.latestVersion.status === 'in_review' ? matrix.latestVersion : null) : matrix.approvedVersion;
    if (version) choices.set(version.id, { id: version.id, matrixId: matrix.id, matrixName: matrix.name, number: version.number, status: wanted });
  }
  const chosen = choices.get(versionId);
  const matrixView = useApiQuery('matrices.get', kind === 'accept_matrix_version' && chosen ? { matrixId: chosen.matrixId, versionId: chosen.id, lang: locale } : null);
  const accepted = new Set((matrixView.data?.acceptances ?? []).map((acceptance) => acceptance.actorId));
  const actorChoices = (matrixView.data?.columns ?? []).filter((column) => !column.archived && !column.superseded && !accepted.has(column.actorId));
  const actorName = actorChoices.find((column) => column.actorId === actorId)?.name;

  /** Until the user writes their own, the text says what the chosen decision does. */
  const suggest = (nextKind: DecisionKind, version: VersionChoice | undefined, actor: string | undefined) => {
    if (touched) return;
    const suggestion =
      nextKind === 'approve_matrix_version' && version
        ? format(td.suggestionApprove, { matrix: version.matrixName, number: version.number })
        : nextKind === 'accept_matrix_version' && version && actor
          ? format(td.suggestionAccept, { actor, matrix: version.matrixName, number: version.number })
          : '';
    setText({ fi: '', sv: '', en: '', [locale]: suggestion });
  };

  const create = useContractSubmit({ method: 'decisions.create', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const update = useContractSubmit({ method: 'decisions.update', fields: FIELDS, locale, onSaved, focusServerErrors: true });
  const { errors, formError, saving } = editing ? update : create;
  const textErrors = { ...errors, [`text.${language}`]: errors[`text.${language}`] ?? errors.text ?? '' };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (decision) return update.submit(event, { decisionId: decision.id, expectedVersion: decision.rowVersion, text });
    const input = {
      agendaItemId: item.id,
      kind,
      text,
      matrixVersionId: kind === 'general' ? null : versionId || null,
      actorId: kind === 'accept_matrix_version' ? actorId || null : null,
    };
    return create.submit(event, input);
  };

  const title = editing ? td.editTitle : format(td.createTitle, { item: `${item.sectionLabel} ${item.title}`.trim() });
  return (
    <AppModal opened onClose={onClose} title={title} size="xl">
      <form noValidate aria-label={title} onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {editing ? (
            <Text size="sm">{td.editNote}</Text>
          ) : (
            <>
              <Radio.Group
                label={td.kind}
                value={kind}
                onChange={(value) => {
                  const next = value as DecisionKind;
                  setKind(next);
                  setActorId('');
                  suggest(next, choices.get(versionId), undefined);
                }}
              >
                <Stack gap="xs" mt={6}>
                  {DECISION_KINDS.map((candidate) => (
                    <Radio key={candidate} value={candidate} label={td.kinds[candidate]} description={td.kindDescriptions[candidate]} />
                  ))}
                </Stack>
              </Radio.Group>
              {kind !== 'general' && (
                <>
                  {matrices.data && choices.size === 0 ? (
                    <Text c="dimmed" size="sm">
                      {td.noVersions}
                    </Text>
                  ) : (
                    <NativeSelect
                      label={td.matrixVersion}
                      withAsterisk
                      value={versionId}
                      onChange={(event) => {
                        setVersionId(event.currentTarget.value);
                        setActorId('');
                        suggest(kind, choices.get(event.currentTarget.value), undefined);
                      }}
                      data={[
                        { value: '', label: td.chooseVersion },
                        ...[...choices.values()].map((choice) => ({
                          value: choice.id,
                          label: format(td.versionOption, { matrix: choice.matrixName, number: choice.number, status: t.matrices.status[choice.status as 'approved'] ?? choice.status }),
                        })),
                      ]}
                      error={errors.matrixVersionId}
                      maw={620}
                    />
                  )}
                  {kind === 'accept_matrix_version' && (
                    <NativeSelect
                      label={td.actor}
                      description={td.actorDescription}
                      withAsterisk
                      value={actorId}
                      disabled={!chosen}
                      onChange={(event) => {
                        const id = event.currentTarget.value;
                        setActorId(id);
                        suggest(kind, chosen, actorChoices.find((column) => column.actorId === id)?.name ?? actorName);
                      }}
                      data={[{ value: '', label: td.chooseActor }, ...actorChoices.map((column) => ({ value: column.actorId, label: column.name }))]}
                      error={errors.actorId}
                      maw={620}
                    />
                  )}
                </>
              )}
            </>
          )}
          <LanguageSwitchedTextareas
            legend={td.textLegend}
            fields={[{ key: 'text', label: td.text }]}
            values={{ text }}
            onChange={(_key, value) => {
              setTouched(true);
              setText(value);
            }}
            errors={textErrors}
            language={language}
            onLanguageChange={setLanguage}
          />
          <FormFooter error={formError} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
