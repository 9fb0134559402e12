import { Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { LocalizedText } from '../../src-main/api/contract/index';
import { LOCALES, type Locale } from '../../src-main/i18n/locales';
import type { FieldErrors } from '../api/errors';
import { useI18n } from '../i18n/use-i18n';

interface Props {
  legend: string;
  description?: string;
  /** the field path in the form, e.g. "name": errors are looked up as "name.fi" and "name" */
  path: string;
  labels: Record<Locale, string>;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  errors: FieldErrors;
  disabled?: boolean;
}

/**
 * A text in Finnish, Swedish and English. An error about the whole group ("give it in at least
 * one language") shows under the field of the user's own language.
 */
export function LocalizedTextFields({ legend, description, path, labels, value, onChange, errors, disabled }: Props) {
  const { locale } = useI18n();
  return (
    <Fieldset legend={legend} variant="unstyled" disabled={disabled}>
      {description && (
        <Text size="sm" c="dimmed" mb="xs">
          {description}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {LOCALES.map((language) => (
          <TextInput
            key={language}
            label={labels[language]}
            lang={language}
            value={value[language] ?? ''}
            onChange={(event) => onChange({ ...value, [language]: event.currentTarget.value })}
            error={errors[`${path}.${language}`] ?? (language === locale ? errors[path] : undefined)}
            name={`${path}.${language}`}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
