import { Alert, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A warning in words with a dark title (Mantine's yellow title falls below 4.5:1 on its own fill). */
export function WarningAlert(props: Omit<AlertProps, 'color' | 'variant' | 'icon'>) {
  return <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden color="#7a4200" />} styles={{ title: { color: '#6b3a00' } }} {...props} />;
}
