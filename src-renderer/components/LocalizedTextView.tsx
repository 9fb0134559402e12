import { DataList, Text } from '@mantine/core';
import type { LocalizedText } from '../../src-main/api/contract/index';
import { LOCALES } from '../../src-main/i18n/locales';
import { useI18n } from '../i18n/use-i18n';

/** A text in all three languages; a missing translation says so plainly. */
export function LocalizedTextView({ text, labels }: { text: LocalizedText; labels: Record<(typeof LOCALES)[number], string> }) {
  const { t } = useI18n();
  return (
    <DataList labelWidth={200}>
      {LOCALES.map((language) => (
        <DataList.Item key={language}>
          <DataList.ItemLabel>{labels[language]}</DataList.ItemLabel>
          <DataList.ItemValue>
            {text[language] ? (
              <span lang={language}>{text[language]}</span>
            ) : (
              <Text span c="dimmed" fs="italic" size="sm">
                {t.common.notTranslated}
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
