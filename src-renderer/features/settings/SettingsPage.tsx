import { DataList, Stack } from '@mantine/core';
import { useOpenFile, useSession } from '../../app/SessionContext';
import { PageTitle } from '../../components/PageTitle';
import { SectionCard } from '../../components/SectionCard';
import { useI18n } from '../../i18n/use-i18n';
import { BackupsSection } from '../backups/BackupsSection';
import { PrivacyNoticeSection } from '../privacy/PrivacyNoticeSection';
import { DocumentTemplateForm } from './DocumentTemplateForm';
import { MeetingSettingsForm } from './MeetingSettingsForm';
import { NetworkDetailsForm } from './NetworkDetailsForm';
import { PersonalSettingsForm } from './PersonalSettingsForm';

export function SettingsPage() {
  const { t, format } = useI18n();
  const { appInfo } = useSession();
  const file = useOpenFile();
  return (
    <Stack gap="lg" maw={900}>
      <PageTitle documentTitle={t.settings.title}>{t.settings.title}</PageTitle>
      <PersonalSettingsForm />
      <NetworkDetailsForm />
      <MeetingSettingsForm />
      <DocumentTemplateForm />
      <BackupsSection />
      <PrivacyNoticeSection />
      <SectionCard id="settings-file" title={t.settings.fileTitle}>
        <DataList labelWidth={200}>
          <DataList.Item>
            <DataList.ItemLabel>{t.shell.fileMenu}</DataList.ItemLabel>
            <DataList.ItemValue style={{ wordBreak: 'break-all' }}>{file.path}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t.appName}</DataList.ItemLabel>
            <DataList.ItemValue>{format(t.settings.version, { version: appInfo.version, schemaVersion: appInfo.schemaVersion })}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </SectionCard>
    </Stack>
  );
}
