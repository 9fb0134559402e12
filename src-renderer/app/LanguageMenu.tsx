import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { LOCALES } from '../../src-main/i18n/locales';
import { useNotify } from '../components/use-notify';
import { dictionaries } from '../i18n/dictionaries';
import { useI18n } from '../i18n/use-i18n';

/** Each language is named in itself, and the button's name is trilingual, so anyone can find their way back. */
export function LanguageMenu() {
  const { t, locale, setLocale, format } = useI18n();
  const notify = useNotify();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" leftSection={<IconLanguage size={18} aria-hidden />} aria-label={format(t.shell.languageMenu, { language: t.languageName })}>
          {t.languageName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LOCALES.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            leftSection={language === locale ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16, display: 'inline-block' }} />}
            aria-current={language === locale ? 'true' : undefined}
            onClick={() => {
              setLocale(language).catch((error: unknown) => notify.error(error));
            }}
          >
            {dictionaries[language].languageName}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
