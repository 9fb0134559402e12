import { Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingSettings, RecordKind, SectionNumberingSetting } from '../../../src-main/api/contract/index';
import { RECORD_KINDS, SECTION_NUMBERINGS } from '../../../src-main/api/contract/meetings';
import { useApiQuery } from '../../api/use-api-query';
import { useContractSubmit } from '../../api/use-contract-submit';
import { useOpenFile } from '../../app/SessionContext';
import { FormFooter } from '../../components/FormFooter';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';

/** How § items are numbered and which record a meeting keeps by default, each choice explained. */
export function MeetingSettingsForm() {
  const { t } = useI18n();
  const settings = useApiQuery('meetingSettings.get', {});
  return (
    <SectionCard id="settings-meetings" title={t.settings.meetings.title}>
      <Text size="sm" c="dimmed">
        {t.settings.meetings.description}
      </Text>
      {settings.data ? <MeetingSettingsFields key={JSON.stringify(settings.data)} settings={settings.data} /> : <LoadingState label={t.common.loading} />}
    </SectionCard>
  );
}

function MeetingSettingsFields({ settings }: { settings: MeetingSettings }) {
  const { t, locale } = useI18n();
  const tm = t.settings.meetings;
  const file = useOpenFile();
  const notify = useNotify();
  const [sectionNumbering, setSectionNumbering] = useState<SectionNumberingSetting>(settings.sectionNumbering);
  const [recordKind, setRecordKind] = useState<RecordKind>(settings.recordKind);
  const { errors, formError, saving, submit } = useContractSubmit({
    method: 'meetingSettings.update',
    fields: ['sectionNumbering', 'recordKind'],
    locale,
    onSaved: () => notify.success(tm.saved),
  });
  return (
    <form onSubmit={(event) => void submit(event, { sectionNumbering, recordKind })} noValidate>
      <Stack gap="lg">
        <Radio.Group label={tm.numbering} description={tm.numberingNote} value={sectionNumbering} onChange={(value) => setSectionNumbering(value as SectionNumberingSetting)} error={errors.sectionNumbering}>
          <Stack gap="sm" mt="sm">
            {SECTION_NUMBERINGS.map((value) => (
              <Radio key={value} value={value} label={tm.numberingOptions[value]} description={tm.numberingDescriptions[value]} disabled={file.readOnly} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group label={tm.recordKind} value={recordKind} onChange={(value) => setRecordKind(value as RecordKind)} error={errors.recordKind}>
          <Stack gap="sm" mt="sm">
            {RECORD_KINDS.map((value) => (
              <Radio key={value} value={value} label={tm.recordKindOptions[value]} description={tm.recordKindDescriptions[value]} disabled={file.readOnly} />
            ))}
          </Stack>
        </Radio.Group>
        <FormFooter error={formError} saving={saving} disabled={file.readOnly} />
      </Stack>
    </form>
  );
}
