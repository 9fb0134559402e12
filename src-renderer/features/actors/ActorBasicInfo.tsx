import { Anchor, DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ActorDetail } from '../../../src-main/api/contract/index';
import { useI18n } from '../../i18n/use-i18n';

export function ActorBasicInfo({ actor }: { actor: ActorDetail }) {
  const { t, date, format } = useI18n();
  const none = (
    <Text span c="dimmed">
      {t.common.notGiven}
    </Text>
  );
  const validity =
    actor.validFrom && actor.validTo
      ? format(t.common.period, { from: date(actor.validFrom), to: date(actor.validTo) })
      : actor.validFrom
        ? format(t.common.fromDate, { date: date(actor.validFrom) })
        : actor.validTo
          ? format(t.common.untilDate, { date: date(actor.validTo) })
          : null;
  const rows: Array<[string, ReactNode]> = [
    [t.actor.type, t.actorTypes[actor.type]],
    [t.actor.isPublicAuthority, actor.isPublicAuthority ? t.common.yes : t.common.no],
    [t.actor.businessId, actor.businessId ?? none],
    [t.actor.municipality, actor.municipality ?? none],
    [
      t.actor.website,
      actor.website ? (
        <Anchor href={actor.website} target="_blank" rel="noopener noreferrer">
          {actor.website}
        </Anchor>
      ) : (
        none
      ),
    ],
    [t.common.validity, validity ?? none],
    [t.actor.notes, actor.notes ? <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {actor.notes}
        </Text> : none],
  ];
  return (
    <DataList labelWidth={320} withDivider>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel>{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
