import { Alert, Anchor, Badge, Button, Group, Menu, Stack, Tabs } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconArrowLeft, IconChevronDown, IconId, IconListDetails, IconProgressCheck, IconRoute } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { PROCESS_STATUSES, type ProcessStatus } from '../../../src-main/api/contract/processes';
import { call } from '../../api/api';
import { toApiError } from '../../api/errors';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { useOpenFile } from '../../app/SessionContext';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { LoadingState } from '../../components/LoadingState';
import { PageTitle } from '../../components/PageTitle';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { ExportMenu } from './ExportMenu';
import { FindingsAlert } from './FindingsAlert';
import { shownText } from './localized';
import { ProcessCardPanel } from './ProcessCardPanel';
import { ProcessStatusBadge } from './ProcessStatusBadge';
import { stepAnchorId, StepsPanel } from './StepsPanel';
import { SwimlanePanel } from './SwimlanePanel';

type Tab = 'card' | 'steps' | 'swimlane';
const isTab = (value: string | null): value is Tab => value === 'card' || value === 'steps' || value === 'swimlane';

/** One process: its card, its steps and its swimlane chart, with status, export and findings. */
export function ProcessPage({ id }: { id: string }) {
  const { t, locale, format } = useI18n();
  const text = t.processes.process;
  const file = useOpenFile();
  const notify = useNotify();
  const detail = useApiQuery('processes.get', { id });
  const [tab, setTab] = useState<Tab>('card');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const canEdit = !file.readOnly;

  // A finding's link switches the tab, then takes the keyboard (and the view) to the element.
  useEffect(() => {
    if (!focusTarget) return;
    const timer = window.setTimeout(() => {
      const element = document.getElementById(focusTarget);
      if (element && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element?.focus();
      element?.scrollIntoView({ block: 'center' });
      setFocusTarget(null);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [focusTarget, tab]);

  const backLink = (
    <Anchor href={hrefFor({ name: 'processes' })} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {text.backToMap}
      </Group>
    </Anchor>
  );

  if (!detail.data) {
    return (
      <Stack gap="md">
        {backLink}
        <PageTitle documentTitle={t.processes.mapTitle}>{detail.error ? text.loadFailed : t.common.loading}</PageTitle>
        {detail.error ? <FormErrorAlert error={toApiError(detail.error, locale)} /> : <LoadingState label={t.common.loading} />}
      </Stack>
    );
  }

  const process = detail.data;
  const name = shownText(process.name, locale);
  // Counted as the process map counts them: steps, not decision points, starts or ends.
  const stepCount = process.nodes.filter((node) => node.kind === 'step').length;

  const setStatus = async (status: ProcessStatus) => {
    try {
      await call('processes.setStatus', { id: process.id, expectedVersion: process.rowVersion, status });
      notify.success(format(text.statusChanged, { status: t.processes.statuses[status] }));
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  const archive = async () => {
    try {
      const archived = await call('processes.archive', { id: process.id, expectedVersion: process.rowVersion });
      notify.withUndo(format(text.archived, { name: name.text }), () => {
        call('processes.restore', { id: archived.id, expectedVersion: archived.rowVersion }).catch((error: unknown) => notify.actionError(error, detail.reload));
      });
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  const restore = async () => {
    try {
      await call('processes.restore', { id: process.id, expectedVersion: process.rowVersion });
      notify.success(format(text.restored, { name: name.text }));
    } catch (error) {
      notify.actionError(error, detail.reload);
    }
  };

  return (
    <Stack gap="lg" maw={1280}>
      {backLink}
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <PageTitle documentTitle={name.text}>
            <LanguageMarkedText text={name.text} language={name.language} />
          </PageTitle>
          <Group gap="xs">
            <ProcessStatusBadge status={process.status} />
            {process.archived && (
              <Badge color="gray" variant="filled" tt="none">
                {t.common.archived}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="xs" align="flex-start">
          {canEdit && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="outline" leftSection={<IconProgressCheck size={18} aria-hidden />} rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {text.changeStatus}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{format(text.status, { status: t.processes.statuses[process.status] })}</Menu.Label>
                {PROCESS_STATUSES.filter((status) => status !== process.status).map((status) => (
                  <Menu.Item key={status} onClick={() => void setStatus(status)}>
                    {text.statusActions[status]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          <ExportMenu label={t.processes.export.button} input={{ processIds: [process.id] }} />
          {canEdit &&
            (process.archived ? (
              <Button variant="outline" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={() => void restore()}>
                {t.common.restore}
              </Button>
            ) : (
              <Button variant="outline" color="red.9" leftSection={<IconArchive size={18} aria-hidden />} onClick={() => void archive()}>
                {t.common.archive}
              </Button>
            ))}
        </Group>
      </Group>

      {process.archived && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />}>
          {text.archivedNotice}
        </Alert>
      )}

      <FindingsAlert
        process={process}
        onGoToStep={(nodeId) => {
          setTab('steps');
          setFocusTarget(stepAnchorId(nodeId));
        }}
        onGoToLegalBasis={() => {
          setTab('card');
          setFocusTarget('process-legal-basis');
        }}
      />

      <Tabs value={tab} onChange={(value) => isTab(value) && setTab(value)} keepMountedMode="display-none">
        <Tabs.List aria-label={text.tabsLabel}>
          <Tabs.Tab value="card" leftSection={<IconId size={18} aria-hidden />}>
            {text.tabCard}
          </Tabs.Tab>
          <Tabs.Tab value="steps" leftSection={<IconListDetails size={18} aria-hidden />}>
            {format(text.tabSteps, { count: stepCount })}
          </Tabs.Tab>
          <Tabs.Tab value="swimlane" leftSection={<IconRoute size={18} aria-hidden />}>
            {text.tabSwimlane}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="card" pt="lg">
          <ProcessCardPanel process={process} canEdit={canEdit} onReload={detail.reload} />
        </Tabs.Panel>
        <Tabs.Panel value="steps" pt="lg">
          <StepsPanel process={process} canEdit={canEdit} onReload={detail.reload} />
        </Tabs.Panel>
        <Tabs.Panel value="swimlane" pt="lg">
          {tab === 'swimlane' && <SwimlanePanel processId={process.id} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
