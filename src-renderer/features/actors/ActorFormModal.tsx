import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ActorDetail } from '../../../src-main/api/contract/index';
import { ACTOR_TYPE_CODES, isActorType } from '../../api/codes';
import { useContractSubmit } from '../../api/use-contract-submit';
import { DateField } from '../../components/DateField';
import { FormFooter } from '../../components/FormFooter';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { ActorNameFields } from './ActorNameFields';
import { ACTOR_FORM_FIELDS, actorFormFromDetail, actorInputFromForm, type ActorFormValues, emptyActorForm } from './actor-form-values';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** the actor to edit; without it a new actor is created */
  actor?: ActorDetail;
  onSaved: (actor: ActorDetail) => void;
  /** after a version conflict: load the actor again (the form then starts over from it) */
  onReload?: () => void;
}

/** Create or edit an actor. Checked in the page with the contract's schema, then by the core. */
export function ActorFormModal({ opened, onClose, actor, onSaved, onReload }: Props) {
  const { t, locale } = useI18n();
  const [values, setValues] = useState<ActorFormValues>(() => (actor ? actorFormFromDetail(actor) : emptyActorForm()));
  const set = <K extends keyof ActorFormValues>(key: K, value: ActorFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const { errors, formError, saving, submit } = useContractSubmit({
    method: actor ? 'actors.update' : 'actors.create',
    fields: ACTOR_FORM_FIELDS,
    locale,
    onSaved,
    focusServerErrors: true,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // The schema sees an unchosen type as missing; once it passes, the type is one of the codes.
    const fields = actorInputFromForm(values);
    const type = values.type as ActorDetail['type'];
    const target = actor && { id: actor.id, expectedVersion: actor.rowVersion };
    return target ? submit(event, { ...fields, type, ...target }, { validateAs: { ...fields, ...target } }) : submit(event, { ...fields, type }, { validateAs: fields });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={actor ? t.actor.editActor : t.actor.newActorTitle} size="xl">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={actor ? t.actor.editActor : t.actor.newActorTitle}>
        <Stack gap="md">
          <ActorNameFields
            name={values.name}
            shortName={values.shortName}
            onNameChange={(name) => set('name', name)}
            onShortNameChange={(shortName) => set('shortName', shortName)}
            errors={errors}
          />
          <NativeSelect
            label={t.actor.type}
            withAsterisk
            value={values.type}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set('type', isActorType(value) ? value : '');
            }}
            data={[{ value: '', label: '—' }, ...ACTOR_TYPE_CODES.map((code) => ({ value: code, label: t.actorTypes[code] }))]}
            error={errors.type}
            maw={480}
          />
          <Checkbox
            label={t.actor.isPublicAuthority}
            description={t.actor.isPublicAuthorityDescription}
            checked={values.isPublicAuthority}
            onChange={(event) => set('isPublicAuthority', event.currentTarget.checked)}
            error={errors.isPublicAuthority}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t.actor.businessId}
              description={t.actor.businessIdDescription}
              value={values.businessId}
              onChange={(event) => set('businessId', event.currentTarget.value)}
              error={errors.businessId}
              autoComplete="off"
            />
            <TextInput
              label={t.actor.municipality}
              value={values.municipality}
              onChange={(event) => set('municipality', event.currentTarget.value)}
              error={errors.municipality}
            />
          </SimpleGrid>
          <TextInput
            label={t.actor.website}
            type="url"
            placeholder="https://"
            value={values.website}
            onChange={(event) => set('website', event.currentTarget.value)}
            error={errors.website}
          />
          <Textarea label={t.actor.notes} autosize minRows={2} maxRows={8} value={values.notes} onChange={(event) => set('notes', event.currentTarget.value)} error={errors.notes} />
          <Group align="flex-start" gap="md">
            <DateField label={t.actor.validFrom} description={t.actor.dateDescription} value={values.validFrom} onChange={(value) => set('validFrom', value)} error={errors.validFrom} />
            <DateField label={t.actor.validTo} description={t.actor.dateDescription} value={values.validTo} onChange={(value) => set('validTo', value)} error={errors.validTo} />
          </Group>
          <FormFooter error={formError} onReload={onReload} saving={saving} onCancel={onClose} />
        </Stack>
      </form>
    </AppModal>
  );
}
