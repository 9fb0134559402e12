import { Anchor, Stack, Text } from '@mantine/core';
import { PageTitle } from '../components/PageTitle';
import { useI18n } from '../i18n/use-i18n';
import { hrefFor } from './router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <PageTitle documentTitle={t.shell.notFoundTitle}>{t.shell.notFoundTitle}</PageTitle>
      <Text>{t.shell.notFoundText}</Text>
      <Anchor href={hrefFor({ name: 'home' })}>{t.shell.backHome}</Anchor>
    </Stack>
  );
}
