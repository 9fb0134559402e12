import { Button, Group, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ACTOR_TYPE_CODES, type ActorType, isActorType } from '../../api/codes';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { navigate } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { useNotify } from '../../components/use-notify';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/use-i18n';
import { ActorFormModal } from './ActorFormModal';
import { ActorTable } from './ActorTable';

/** The actor register: searched by the core (names, former names, representatives), sorted in Finnish order. */
export function ActorListPage() {
  const { t, locale, format } = useI18n();
  const file = useOpenFile();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [type, setType] = useState<ActorType | ''>('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [formOpened, form] = useDisclosure(false);
  const actors = useApiQuery('actors.list', {
    lang: locale,
    includeArchived,
    ...(debouncedSearch ? { search: debouncedSearch } : {}),
    ...(type ? { type } : {}),
  });
  const filtered = Boolean(debouncedSearch || type || includeArchived);
  const count = actors.data?.length ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={t.actors.title}>{t.actors.title}</PageTitle>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={form.open} disabled={file.readOnly}>
          {t.actors.newActor}
        </Button>
      </Group>
      <Group align="flex-end" gap="md" role="search">
        <TextInput
          type="search"
          label={t.actors.search}
          description={t.actors.searchDescription}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={340}
        />
        <NativeSelect
          label={t.actors.typeFilter}
          value={type}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setType(isActorType(value) ? value : '');
          }}
          data={[{ value: '', label: t.actors.allTypes }, ...ACTOR_TYPE_CODES.map((code) => ({ value: code, label: t.actorTypes[code] }))]}
          w={340}
        />
        <Switch label={t.actors.showArchived} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} mb={8} />
      </Group>
      {actors.error ? <FormErrorAlert error={toApiError(actors.error, locale)} /> : null}
      <Text role="status" size="sm" c="dimmed">
        {actors.data ? (count === 1 ? t.actors.countOne : format(t.actors.count, { count })) : t.common.loading}
      </Text>
      {actors.data &&
        (count === 0 ? (
          <Text>{filtered ? t.actors.none : t.actors.noneYet}</Text>
        ) : (
          <ActorTable actors={actors.data} busy={actors.loading} />
        ))}
      {formOpened && (
        <ActorFormModal
          opened={formOpened}
          onClose={form.close}
          onSaved={(actor) => {
            form.close();
            notify.success(format(t.actor.created, { name: actor.name[locale] ?? actor.name.fi ?? actor.name.sv ?? actor.name.en ?? '' }));
            navigate({ name: 'actor', id: actor.id });
          }}
        />
      )}
    </Stack>
  );
}
