import { NavLink, Stack } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconChecklist,
  IconFlask2,
  IconHome,
  IconRoute,
  IconSettings,
  IconTable,
  IconTargetArrow,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { hrefFor, type Route } from './router';

type NavKey = 'home' | 'actors' | 'processes' | 'matrices' | 'meetings' | 'actionItems' | 'actionPlan' | 'preparedness' | 'pilots' | 'settings';

const ITEMS: Array<{ key: NavKey; route: Route; icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }> }> = [
  { key: 'home', route: { name: 'home' }, icon: IconHome },
  { key: 'actors', route: { name: 'actors' }, icon: IconBuildingCommunity },
  { key: 'processes', route: { name: 'processes' }, icon: IconRoute },
  { key: 'matrices', route: { name: 'matrices' }, icon: IconTable },
  { key: 'meetings', route: { name: 'meetings' }, icon: IconUsersGroup },
  { key: 'actionItems', route: { name: 'actionItems' }, icon: IconChecklist },
  { key: 'actionPlan', route: { name: 'actionPlan' }, icon: IconTargetArrow },
  { key: 'preparedness', route: { name: 'placeholder', area: 'preparedness' }, icon: IconAlertTriangle },
  { key: 'pilots', route: { name: 'placeholder', area: 'pilots' }, icon: IconFlask2 },
  { key: 'settings', route: { name: 'settings' }, icon: IconSettings },
];

function isActive(key: NavKey, route: Route): boolean {
  if (route.name === 'placeholder') return route.area === key;
  if (route.name === 'actor') return key === 'actors';
  if (route.name === 'process') return key === 'processes';
  if (route.name === 'matrix') return key === 'matrices';
  if (route.name === 'meeting' || route.name === 'workingGroups') return key === 'meetings';
  return route.name === key;
}

export function MainNavigation({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      {ITEMS.map(({ key, route: target, icon: Icon }) => {
        const active = isActive(key, route);
        return (
          <NavLink
            key={key}
            href={hrefFor(target)}
            label={t.nav[key]}
            leftSection={<Icon size={20} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            fw={active ? 700 : 500}
          />
        );
      })}
    </Stack>
  );
}
