import { ActionIcon, Badge, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import type { LegalReference } from '../../../src-main/api/contract/index';
import type { I18n } from '../../i18n/use-i18n';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageMarkedText } from '../../components/LanguageMarkedText';
import { shownText } from './localized';

/** "1386/2010, 15 §": how a citation is named in lists and button labels. */
export function referenceLabel(reference: LegalReference): string {
  return reference.section ? `${reference.act.number}, ${reference.section}` : reference.act.number;
}

/** "Kumottu 1.1.2025, korvattu: 681/2023" */
export function repealDetail(reference: LegalReference, i18n: I18n): string {
  const { t, date, format } = i18n;
  const parts = [reference.act.repealedOn ? format(t.processes.legal.repealedDetail, { date: date(reference.act.repealedOn) }) : t.processes.legal.repealed];
  if (reference.act.replacedByNumber) parts.push(format(t.processes.legal.replacedBy, { act: reference.act.replacedByNumber }));
  return parts.join(', ');
}

/** The flag on a citation of a repealed act: it names the date and the act that replaced it. */
export function RepealedFlag({ reference }: { reference: LegalReference }) {
  const i18n = useI18n();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color="red" variant="light" c="red.9" tt="none" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
        {i18n.t.processes.legal.repealed}
      </Badge>
      <Text size="xs" c="red.9">
        {repealDetail(reference, i18n)}
      </Text>
    </Stack>
  );
}

interface Props {
  references: LegalReference[];
  /** the act's name and the note too (the card), or only number and section (a table cell) */
  detailed?: boolean;
  /** a remove button per citation */
  onRemove?: (reference: LegalReference) => void;
}

export function LegalReferenceList({ references, detailed = false, onRemove }: Props) {
  const { t, locale, format } = useI18n();
  return (
    <List listStyleType="none" spacing={detailed ? 'sm' : 4} p={0} m={0}>
      {references.map((reference) => {
        const name = shownText(reference.act.name, locale);
        const removeLabel = format(t.processes.legal.remove, { reference: referenceLabel(reference) });
        return (
          <List.Item key={reference.id}>
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Text size="sm" fw={detailed ? 600 : 400}>
                  {referenceLabel(reference)}
                  {detailed && name.text && (
                    <Text span size="sm" fw={400}>
                      {' '}
                      <LanguageMarkedText text={name.text} language={name.language} />
                    </Text>
                  )}
                </Text>
                {detailed && reference.note && (
                  <Text size="sm" c="dimmed">
                    {reference.note}
                  </Text>
                )}
                {reference.act.repealed && <RepealedFlag reference={reference} />}
              </Stack>
              {onRemove && (
                <Tooltip label={removeLabel}>
                  <ActionIcon variant="subtle" color="red.9" aria-label={removeLabel} onClick={() => onRemove(reference)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              )}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
