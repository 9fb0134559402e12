import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../../src-main/api/contract/api-error';
import { contract } from '../../../src-main/api/contract/index';
import { isLocale, LOCALES } from '../../../src-main/i18n/locales';
import { type FieldErrors, splitServerError, validate } from '../../api/errors';
import { useSession } from '../../app/SessionContext';
import { focusFirstInvalid } from '../../components/focus-first-invalid';
import { FormErrorAlert } from '../../components/FormErrorAlert';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = validate(contract['settings.update'].input, { userName }, locale);
    setFormError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await updateSettings({ userName });
      setUserName(saved.userName);
      notify.success(t.settings.saved);
    } catch (error) {
      const split = splitServerError(error, ['userName'], locale);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
    } finally {
      setSaving(false);
    }
  };

  return (
    <SectionCard id="settings-personal" title={t.settings.personalTitle}>
      <Text size="sm" c="dimmed">
        {t.settings.personalDescription}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
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
          <FormErrorAlert error={formError} />
          <Group>
            <Button type="submit" loading={saving}>
              {t.common.save}
            </Button>
          </Group>
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
