import { Text } from '@mantine/core';
import type { Locale } from '../../src-main/i18n/locales';
import { useI18n } from '../i18n/use-i18n';

/**
 * A name that may be in another language than the UI's: it is marked in `lang` for screen readers
 * and with a visible "(ruotsiksi)", never silently.
 */
export function LanguageMarkedText({ text, language }: { text: string; language: Locale }) {
  const { languageMarker } = useI18n();
  const marker = languageMarker(language);
  return (
    <>
      <span lang={language}>{text}</span>
      {marker && (
        <Text span size="sm" c="dimmed" ml={6}>
          {marker}
        </Text>
      )}
    </>
  );
}
