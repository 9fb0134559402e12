import { Button, Group, Loader, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileTypeDocx } from '@tabler/icons-react';
import type { InputOf } from '../../../src-main/api/contract/index';
import { LOCALES, type Locale } from '../../../src-main/i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
import { useProcessExport } from './use-process-export';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Export to Word" with the document's language to choose (the UI's first). While the document is
 * written the button stays focusable and a status line says so; a second export waits its turn.
 */
export function ExportMenu({ label, input }: { label: string; input: Omit<InputOf<'exports.processDocument'>, 'lang'> }) {
  const { t, locale } = useI18n();
  const { running, run } = useProcessExport();
  const languages: Locale[] = [locale, ...LOCALES.filter((language) => language !== locale)];
  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-end" disabled={running}>
        <Menu.Target>
          <Button
            variant="outline"
            aria-busy={running}
            leftSection={running ? <Loader size={16} aria-hidden /> : <IconFileTypeDocx size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t.processes.export.language}</Menu.Label>
          {languages.map((language) => (
            <Menu.Item key={language} lang={locale} onClick={() => void run({ ...input, lang: language })}>
              {capitalized(t.languages[language])}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Text role="status" size="sm" c="dimmed">
        {running ? t.processes.export.running : ''}
      </Text>
    </Group>
  );
}
