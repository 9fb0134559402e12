import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { AppHeader, headerHeight } from './AppHeader';
import { MainNavigation } from './MainNavigation';
import { parseHash, useHash } from './router';
import { RouteView } from './RouteView';
import { useOpenFile } from './SessionContext';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** The app shell: header (network, banners, file and language menus), navigation and the routed screen. */
export function AppLayout() {
  const file = useOpenFile();
  const { t } = useI18n();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const hash = useHash();
  const route = parseHash(hash);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After navigating, start reading (and tabbing) from the new screen, not from the clicked link.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    closeNav();
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [hash, closeNav]);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: headerHeight(file) }}
        navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggleNav} />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t.shell.mainNavigation}>
          <MainNavigation route={route} />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1}>
          <RouteView route={route} />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
