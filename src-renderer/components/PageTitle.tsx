import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';

/** The screen's one h1; it also names the browser tab / window. */
export function PageTitle({ children, documentTitle, ...props }: TitleProps & { children: React.ReactNode; documentTitle: string }) {
  useEffect(() => {
    document.title = documentTitle ? `${documentTitle} – Kotoverkko` : 'Kotoverkko';
  }, [documentTitle]);
  return (
    <Title order={1} size="h2" {...props}>
      {children}
    </Title>
  );
}
