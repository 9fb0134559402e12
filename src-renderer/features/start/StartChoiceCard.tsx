import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One of the start screen's three choices: an icon, a heading, a sentence and its button. */
export function StartChoiceCard(props: { id: string; icon: ReactNode; title: string; text: string; action: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id}>
      <Stack gap="sm" h="100%">
        {props.icon}
        <Title order={2} size="h3" id={props.id}>
          {props.title}
        </Title>
        <Text size="sm" style={{ flexGrow: 1 }}>
          {props.text}
        </Text>
        {props.action}
      </Stack>
    </Card>
  );
}
