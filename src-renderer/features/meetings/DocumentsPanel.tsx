import { Button, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconFileTypeDocx } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { MeetingDetail } from '../../../src-main/api/contract/index';
import { LOCALES, type Locale } from '../../../src-main/i18n/locales';
import { call } from '../../api/api';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { useMeetingExport } from './use-meeting-export';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The meeting's documents: the agenda and the record as Word files in a chosen language, and the .ics. */
export function DocumentsPanel({ meeting }: { meeting: MeetingDetail }) {
  const { t, locale, format } = useI18n();
  const td = t.meetings.documents;
  const [language, setLanguage] = useState<Locale>(locale);
  const exporter = useMeetingExport();
  const busy = exporter.running !== null;
  const input = { meetingId: meeting.id, lang: language };
  return (
    <SectionCard id="meeting-documents" title={td.title}>
      <Text size="sm" maw={760}>
        {td.description}
      </Text>
      <NativeSelect
        label={td.language}
        value={language}
        onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
        data={LOCALES.map((candidate) => ({ value: candidate, label: capitalized(t.languageNames[candidate]) }))}
        w={240}
      />
      <Stack gap="xs" align="flex-start">
        <Group gap="xs">
          <ExportButton running={exporter.running === 'agenda'} icon={<IconFileTypeDocx size={18} aria-hidden />} onClick={() => void exporter.run('agenda', () => call('exports.agenda', input))}>
            {td.agenda}
          </ExportButton>
          <ExportButton running={exporter.running === 'record'} icon={<IconFileTypeDocx size={18} aria-hidden />} onClick={() => void exporter.run('record', () => call('exports.meetingRecord', input))}>
            {format(td.record, { kind: t.meetings.recordKinds[meeting.recordKind] })}
          </ExportButton>
          <ExportButton running={exporter.running === 'ics'} icon={<IconCalendarEvent size={18} aria-hidden />} onClick={() => void exporter.run('ics', () => call('exports.meetingIcs', input))}>
            {meeting.status === 'cancelled' ? td.cancellation : td.ics}
          </ExportButton>
        </Group>
        <Text role="status" size="sm" c="dimmed">
          {busy ? td.running : ''}
        </Text>
      </Stack>
    </SectionCard>
  );
}

/** Stays focusable while its file is written (a disabled button would drop the keyboard focus). */
function ExportButton({ running, icon, onClick, children }: { running: boolean; icon: ReactNode; onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="outline" aria-busy={running} leftSection={running ? <Loader size={16} aria-hidden /> : icon} onClick={onClick}>
      {children}
    </Button>
  );
}
