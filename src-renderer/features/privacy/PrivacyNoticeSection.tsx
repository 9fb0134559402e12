import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../src-main/i18n/locales';
import { call } from '../../api/api';
import { openExport } from '../../api/open-export';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Settings: the network's privacy notice template (tietosuojaseloste) as a Word file. */
export function PrivacyNoticeSection() {
  const { t, locale, format } = useI18n();
  const tp = t.privacy;
  const notify = useNotify();
  const [language, setLanguage] = useState<Locale>(locale);
  const [running, setRunning] = useState(false);
  const write = async () => {
    if (running) return;
    setRunning(true);
    try {
      const result = await call('exports.privacyNotice', { lang: language });
      if (!result) {
        notifications.show({ message: tp.noticeCancelled, color: 'gray', withBorder: true, closeButtonProps: { 'aria-label': t.common.close } });
        return;
      }
      await openExport(result);
      notify.success(format(tp.noticeDone, { file: result.fileName }));
    } catch (error) {
      notify.error(error);
    } finally {
      setRunning(false);
    }
  };
  return (
    <SectionCard id="settings-privacy" title={tp.noticeTitle}>
      <Stack gap="sm">
        <Text size="sm">{tp.noticeDescription}</Text>
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={tp.noticeLanguage}
            value={language}
            onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
            data={LOCALES.map((candidate) => ({ value: candidate, label: capitalized(t.languageNames[candidate]) }))}
            w={220}
          />
          <Button variant="outline" aria-busy={running} leftSection={<IconFileTypeDocx size={18} aria-hidden />} onClick={() => void write()}>
            {tp.noticeButton}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
