import { Anchor, Button, DataList, List, Stack, Text } from '@mantine/core';
import { IconGavel, IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { LocalizedText, ProcessDetail } from '../../../src-main/api/contract/index';
import { useApiQuery } from '../../api/use-api-query';
import { hrefFor } from '../../app/router';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { SectionCard } from '../../components/SectionCard';
import { useNotify } from '../../components/use-notify';
import { useI18n } from '../../i18n/use-i18n';
import { LegalReferenceList } from './LegalReferenceList';
import { LegalReferencesModal } from './LegalReferencesModal';
import { plainText, shownText } from './localized';
import { PROCESS_TEXT_KEYS } from './process-form-values';
import { ProcessFormModal } from './ProcessFormModal';
import { TargetGroupsSection } from './TargetGroupsSection';

interface Props {
  process: ProcessDetail;
  canEdit: boolean;
  onReload: () => void;
}

/** Prosessikortti (JHS 152): the card's fields, the target groups, the legal basis, the matrices made of it. */
export function ProcessCardPanel({ process, canEdit, onReload }: Props) {
  const { t, locale } = useI18n();
  const text = t.processes.card;
  const notify = useNotify();
  const [modal, setModal] = useState<'card' | 'legal' | null>(null);
  const closeModal = () => setModal(null);
  const map = useApiQuery('processes.map', { lang: locale, includeArchived: true });
  const group = map.data?.groups.find((candidate) => candidate.id === process.groupId);

  const none = (
    <Text span size="sm" c="dimmed" fs="italic">
      {text.notWritten}
    </Text>
  );
  const longText = (value: LocalizedText): ReactNode => {
    const shown = shownText(value, locale);
    if (!shown.text) return none;
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        <LanguageMarkedText text={shown.text} language={shown.language} />
      </Text>
    );
  };
  const rows: Array<[string, ReactNode]> = [
    [text.owner, process.ownerName ?? none],
    [text.group, group ? plainText(group.name, locale) : process.groupId ? '…' : text.noGroup],
    ...PROCESS_TEXT_KEYS.map((key): [string, ReactNode] => [text[key], longText(process[key])]),
  ];

  return (
    <Stack gap="lg">
      <SectionCard
        id="process-card"
        title={text.title}
        actions={
          canEdit && (
            <Button size="xs" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setModal('card')}>
              {text.edit}
            </Button>
          )
        }
      >
        <DataList labelWidth={240} withDivider>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </SectionCard>
      <TargetGroupsSection process={process} canEdit={canEdit} onReload={onReload} />
      <SectionCard
        id="process-legal-basis"
        title={t.processes.legal.title}
        actions={
          canEdit && (
            <Button variant="outline" size="xs" leftSection={<IconGavel size={16} aria-hidden />} onClick={() => setModal('legal')}>
              {t.processes.legal.edit}
            </Button>
          )
        }
      >
        <Text size="sm" c="dimmed">
          {t.processes.legal.processDescription}
        </Text>
        {process.legalReferences.length === 0 ? <Text size="sm">{t.processes.legal.none}</Text> : <LegalReferenceList references={process.legalReferences} detailed />}
      </SectionCard>
      {process.matrices.length > 0 && (
        <SectionCard id="process-matrices" title={t.processes.process.matrices}>
          <List spacing={4}>
            {process.matrices.map((matrix) => (
              <List.Item key={matrix.id}>
                <Anchor href={hrefFor({ name: 'matrix', id: matrix.id })}>{matrix.name}</Anchor>
              </List.Item>
            ))}
          </List>
        </SectionCard>
      )}
      {modal === 'card' && (
        <ProcessFormModal
          key={process.rowVersion}
          process={process}
          groups={map.data?.groups}
          onClose={closeModal}
          onReload={onReload}
          onSaved={() => {
            closeModal();
            notify.success(text.updated);
          }}
        />
      )}
      {modal === 'legal' && <LegalReferencesModal process={process} nodeId={null} title={t.processes.legal.processModalTitle} onClose={closeModal} onReload={onReload} />}
    </Stack>
  );
}
