import { Button, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useState } from 'react';
import { LOCALES, type Locale } from '../../../src-main/i18n/locales';
import { call } from '../../api/api';
import { AppModal } from '../../components/AppModal';
import { useI18n } from '../../i18n/use-i18n';
import { useMeetingExport } from './use-meeting-export';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The network's annual report as a Word file: a year and a language, then written and opened like the other exports. */
export function AnnualReportModal({ years, onClose }: { years: readonly number[]; onClose: () => void }) {
  const { t, locale } = useI18n();
  const ta = t.meetings.annualReport;
  const [year, setYear] = useState(String(years[0] ?? new Date().getFullYear()));
  const [language, setLanguage] = useState<Locale>(locale);
  const exporter = useMeetingExport();
  const running = exporter.running !== null;
  return (
    <AppModal opened onClose={onClose} title={ta.title} size="lg">
      <Stack gap="md">
        <Text size="sm">{ta.description}</Text>
        <Group align="flex-end" gap="md">
          <NativeSelect label={ta.year} value={year} onChange={(event) => setYear(event.currentTarget.value)} data={years.map(String)} w={140} />
          <NativeSelect
            label={ta.language}
            value={language}
            onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
            data={LOCALES.map((candidate) => ({ value: candidate, label: capitalized(t.languageNames[candidate]) }))}
            w={220}
          />
        </Group>
        <Text role="status" size="sm" c="dimmed">
          {running ? t.meetings.documents.running : ''}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.close}
          </Button>
          {/* Stays focusable while the file is written (a disabled button would drop the keyboard focus). */}
          <Button
            aria-busy={running}
            leftSection={running ? <Loader size={16} color="white" aria-hidden /> : <IconFileTypeDocx size={18} aria-hidden />}
            onClick={() => void exporter.run('annualReport', () => call('exports.annualReport', { year: Number(year), lang: language }))}
          >
            {ta.create}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
