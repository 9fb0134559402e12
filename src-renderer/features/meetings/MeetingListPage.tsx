import { Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileTypeDocx, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import type { MeetingStatus } from '../../../src-main/api/contract/index';
import { MEETING_STATUSES } from '../../../src-main/api/contract/meetings';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor, navigate } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { localToday } from '../../components/local-today';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { AnnualReportModal } from './AnnualReportModal';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingSearch } from './MeetingSearch';
import { MeetingTable } from './MeetingTable';

type View = 'list' | 'calendar';

/** The network's meetings as a list (filtered by year and status) or a month calendar. */
export function MeetingListPage() {
  const { t, locale, format } = useI18n();
  const tm = t.meetings;
  const file = useOpenFile();
  const notify = useNotify();
  const [view, setView] = useState<View>('list');
  const [year, setYear] = useState('');
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const [formOpened, form] = useDisclosure(false);
  const [reportOpened, report] = useDisclosure(false);
  const thisYear = Number(localToday().slice(0, 4));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map(String);
  const meetings = useApiQuery('meetings.list', view === 'list' ? { lang: locale, ...(year ? { year: Number(year) } : {}), ...(status ? { status } : {}) } : null);
  const count = meetings.data?.length ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageTitle documentTitle={tm.title}>{tm.title}</PageTitle>
        <Group gap="sm">
          <Button component="a" href={hrefFor({ name: 'workingGroups' })} variant="default" leftSection={<IconUsersGroup size={18} aria-hidden />}>
            {t.workingGroups.linkFromMeetings}
          </Button>
          <Button variant="outline" leftSection={<IconFileTypeDocx size={18} aria-hidden />} onClick={report.open}>
            {tm.annualReport.button}
          </Button>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={form.open} disabled={file.readOnly}>
            {tm.newMeeting}
          </Button>
        </Group>
      </Group>
      <Text maw={900}>{tm.intro}</Text>
      <MeetingSearch />
      <Group align="flex-end" gap="md" role="group" aria-label={tm.filters.label}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="meeting-view-label">
            {tm.view.label}
          </Text>
          <SegmentedControl
            aria-labelledby="meeting-view-label"
            value={view}
            onChange={(value) => setView(value === 'calendar' ? 'calendar' : 'list')}
            data={[
              { value: 'list', label: tm.view.list },
              { value: 'calendar', label: tm.view.calendar },
            ]}
          />
        </Stack>
        {view === 'list' && (
          <NativeSelect
            label={tm.filters.year}
            value={year}
            onChange={(event) => setYear(event.currentTarget.value)}
            data={[{ value: '', label: tm.filters.allYears }, ...years.map((value) => ({ value, label: value }))]}
            w={160}
          />
        )}
        <NativeSelect
          label={tm.filters.status}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value as MeetingStatus | '')}
          data={[{ value: '', label: tm.filters.allStatuses }, ...MEETING_STATUSES.map((value) => ({ value, label: value === 'record_approved' ? tm.filters.recordApproved : tm.statuses[value] }))]}
          w={220}
        />
      </Group>
      {view === 'calendar' ? (
        <MeetingCalendar status={status || null} />
      ) : (
        <>
          {meetings.error ? <FormErrorAlert error={toApiError(meetings.error, locale)} /> : null}
          <Text role="status" size="sm" c="dimmed">
            {meetings.data ? (count === 1 ? tm.countOne : format(tm.count, { count })) : meetings.error ? '' : t.common.loading}
          </Text>
          {meetings.data && (count === 0 ? <Text maw={900}>{tm.none}</Text> : <MeetingTable meetings={meetings.data} busy={meetings.loading} />)}
        </>
      )}
      {reportOpened && <AnnualReportModal years={years.map(Number).filter((candidate) => candidate <= thisYear)} onClose={report.close} />}
      {formOpened && (
        <MeetingFormModal
          onClose={form.close}
          onSaved={(meeting) => {
            form.close();
            notify.success(format(tm.created, { number: meeting.number }));
            navigate({ name: 'meeting', id: meeting.id });
          }}
        />
      )}
    </Stack>
  );
}
