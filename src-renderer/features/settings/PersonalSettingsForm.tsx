import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { isLocale, LOCALES } from '../../../src-main/i18n/locales';
import { useContractSubmit } from '../../api/use-contract-submit';
import { useSession } from '../../app/SessionContext';
import { FormFooter } from '../../components/FormFooter';
import { useNotify } from '../../components/use-notify';
import { SectionCard } from '../../components/SectionCard';
import { dictionaries } from '../../i18n/dictionaries';
import { useI18n } from '../../i18n/use-i18n';

/** The user's own name (for the change log) and UI language; stored on this computer, not in the network. */
export function PersonalSettingsForm() {
  const { t, locale, setLocale } = useI18n();
  const { settings, updateSettings } = useSession();
  const notify = useNotify();
  const [userName, setUserName] = useState(settings.userName);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'settings.update',
    fields: ['userName'],
    locale,
    send: updateSettings,
    onSaved: (saved) => {
      setUserName(saved.userName);
      notify.success(t.settings.saved);
    },
  });

  return (
    <SectionCard id="settings-personal" title={t.settings.personalTitle}>
      <Text size="sm" c="dimmed">
        {t.settings.personalDescription}
      </Text>
      <form onSubmit={(event) => void submit(event, { userName })} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t.settings.userName}
            description={t.settings.userNameDescription}
            value={userName}
            onChange={(event) => setUserName(event.currentTarget.value)}
            error={errors.userName}
            maw={420}
            autoComplete="name"
          />
          <FormFooter error={formError} saving={saving} />
        </Stack>
      </form>
      <Radio.Group
        label={t.settings.uiLanguage}
        value={locale}
        onChange={(value) => {
          if (isLocale(value)) setLocale(value).catch((error: unknown) => notify.error(error));
        }}
      >
        <Group mt="xs">
          {LOCALES.map((language) => (
            <Radio key={language} value={language} label={dictionaries[language].languageName} lang={language} />
          ))}
        </Group>
      </Radio.Group>
    </SectionCard>
  );
}
