import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Root } from './Root';
import { SessionProvider } from './SessionProvider';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      <Notifications position="top-right" autoClose={8000} />
      <SessionProvider>
        <Root />
      </SessionProvider>
    </MantineProvider>
  );
}
