import { Fieldset, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { LocalizedText } from '../../src-main/api/contract/index';
import { LOCALES, type Locale } from '../../src-main/i18n/locales';
import type { FieldErrors } from '../api/errors';
import { focusFirstInvalid } from './focus-first-invalid';
import { useI18n } from '../i18n/use-i18n';

export interface LongTextField<K extends string> {
  key: K;
  label: string;
  description?: string;
  /** one line (e.g. a time limit in words) instead of a growing text box */
  short?: boolean;
}

interface Props<K extends string> {
  legend: string;
  fields: ReadonlyArray<LongTextField<K>>;
  values: Record<K, LocalizedText>;
  onChange: (key: K, value: LocalizedText) => void;
  errors: FieldErrors;
  language: Locale;
  onLanguageChange: (language: Locale) => void;
  /** the field path's prefix in the form's errors ("fields." for a step) */
  pathPrefix?: string;
}

/**
 * Long texts in three languages without 27 boxes on screen: the user picks the language to write
 * in (a radio group) and sees that language's boxes. When the check finds an error in a language
 * not shown, the form switches to it so the error (and the focus) can land on a visible field.
 */
export function LanguageSwitchedTextareas<K extends string>({ legend, fields, values, onChange, errors, language, onLanguageChange, pathPrefix = '' }: Props<K>) {
  const { t } = useI18n();
  const errorLanguages = LOCALES.filter((candidate) => fields.some((field) => errors[`${pathPrefix}${field.key}.${candidate}`]));

  const ref = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const first = errorLanguages[0];
    if (first && !errorLanguages.includes(language)) {
      onLanguageChange(first);
      // The form's own focusing ran before the switch; once the boxes are shown, take the focus there.
      const form = ref.current?.closest('form') ?? null;
      window.setTimeout(() => focusFirstInvalid(form), 50);
    }
    // Only a new set of errors moves the user; choosing another language afterwards is theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors]);

  return (
    <Fieldset legend={legend} variant="unstyled" ref={ref}>
      <Stack gap="sm">
        <Fieldset legend={t.common.textLanguage} variant="unstyled">
          <Text size="sm" c="dimmed" mb="xs">
            {t.common.textLanguageDescription}
          </Text>
          <SegmentedControl
            value={language}
            onChange={(value) => onLanguageChange(value as Locale)}
            data={LOCALES.map((candidate) => ({
              value: candidate,
              label: errorLanguages.includes(candidate) ? `${t.languageNames[candidate]} (${t.common.error.toLowerCase()})` : t.languageNames[candidate],
            }))}
          />
        </Fieldset>
        {fields.map((field) => {
          const label = `${field.label} (${t.languages[language]})`;
          const common = {
            label,
            description: field.description,
            lang: language,
            value: values[field.key][language] ?? '',
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(field.key, { ...values[field.key], [language]: event.currentTarget.value }),
            error: errors[`${pathPrefix}${field.key}.${language}`],
            name: `${pathPrefix}${field.key}.${language}`,
          };
          return <Textarea key={`${field.key}-${language}`} {...common} autosize minRows={field.short ? 1 : 2} maxRows={field.short ? 3 : 10} />;
        })}
      </Stack>
    </Fieldset>
  );
}
