import { Group, Text } from '@mantine/core';
import { RACI_LETTERS } from '../../../src-main/domain/matrices/raci';
import { useI18n } from '../../i18n/use-i18n';
import classes from './grid/RaciGrid.module.css';

/** The letters stay R, A, C and I in every language; their meaning is translated. */
export function RaciLegend() {
  const { t } = useI18n();
  const legend = t.matrices.legend;
  return (
    <Group component="dl" gap="lg" m={0} aria-label={legend.title}>
      {RACI_LETTERS.map((letter) => (
        <Group key={letter} gap={6} wrap="nowrap">
          <Text component="dt" fw={700} className={`${classes.legendLetter} ${classes[letter]}`}>
            {letter}
          </Text>
          <Text component="dd" m={0} size="sm">
            {legend[letter]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
