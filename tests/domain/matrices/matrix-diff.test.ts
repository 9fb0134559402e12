import { describe, expect, it } from 'vitest';
import { compareVersions, type DiffSide } from '../../../src-main/domain/matrices/matrix-diff';
import { strongerLetter } from '../../../src-main/domain/matrices/raci';

/** Two versions of the 681/2023 customer process matrix; rows pair by lineage, not by name or place. */
const v1: DiffSide = {
  tasks: [
    { lineageId: 'L-ohjaus', name: 'Ohjaus ja neuvonta' },
    { lineageId: 'L-arviointi', name: 'Alkukartoitus' },
    { lineageId: 'L-kotiva', name: 'KOTIVA-ryhmät' },
  ],
  actors: [
    { actorId: 'te', name: 'Hämeen TE-toimisto' },
    { actorId: 'hml', name: 'Hämeenlinnan kaupunki' },
  ],
  cells: [
    { lineageId: 'L-ohjaus', actorId: 'hml', letter: 'A' },
    { lineageId: 'L-ohjaus', actorId: 'te', letter: 'R' },
    { lineageId: 'L-arviointi', actorId: 'te', letter: 'A' },
    { lineageId: 'L-arviointi', actorId: 'hml', letter: 'R' },
    { lineageId: 'L-kotiva', actorId: 'hml', letter: 'A' },
  ],
};
const v2: DiffSide = {
  tasks: [
    { lineageId: 'L-arviointi', name: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi' },
    { lineageId: 'L-ohjaus', name: 'Ohjaus ja neuvonta' },
    { lineageId: 'L-seuranta', name: 'Seuranta' },
  ],
  actors: [
    { actorId: 'hml', name: 'Hämeenlinnan kaupunki' },
    { actorId: 'ty', name: 'Hämeenlinnan seudun työllisyysalue' },
  ],
  cells: [
    { lineageId: 'L-ohjaus', actorId: 'hml', letter: 'A' },
    { lineageId: 'L-ohjaus', actorId: 'ty', letter: 'R' },
    { lineageId: 'L-arviointi', actorId: 'ty', letter: 'A' },
    { lineageId: 'L-arviointi', actorId: 'hml', letter: 'C' },
    { lineageId: 'L-seuranta', actorId: 'hml', letter: 'R' },
  ],
};

describe('comparing two versions', () => {
  it('pairs a renamed and moved row by lineage and lists every changed cell in the newer order', () => {
    const diff = compareVersions(v1, v2);
    expect(diff.addedTasks).toEqual([{ lineageId: 'L-seuranta', name: 'Seuranta' }]);
    expect(diff.removedTasks).toEqual([{ lineageId: 'L-kotiva', name: 'KOTIVA-ryhmät' }]);
    expect(diff.addedActors).toEqual([{ actorId: 'ty', name: 'Hämeenlinnan seudun työllisyysalue' }]);
    expect(diff.removedActors).toEqual([{ actorId: 'te', name: 'Hämeen TE-toimisto' }]);
    expect(diff.changedCells.map((change) => `${change.taskName} / ${change.actorId}: ${change.before ?? '–'} → ${change.after ?? '–'}`)).toEqual([
      'Osaamisen ja kotoutumisen palvelutarpeen arviointi / hml: R → C',
      'Osaamisen ja kotoutumisen palvelutarpeen arviointi / ty: – → A',
      'Osaamisen ja kotoutumisen palvelutarpeen arviointi / te: A → –',
      'Ohjaus ja neuvonta / ty: – → R',
      'Ohjaus ja neuvonta / te: R → –',
      'Seuranta / hml: – → R',
      'KOTIVA-ryhmät / hml: A → –',
    ]);
  });

  it('finds nothing between a version and itself, and mirrors when turned around', () => {
    expect(compareVersions(v1, v1)).toEqual({ changedCells: [], addedTasks: [], removedTasks: [], addedActors: [], removedActors: [] });
    const there = compareVersions(v1, v2);
    const back = compareVersions(v2, v1);
    expect(back.addedTasks).toEqual(there.removedTasks);
    expect(back.removedActors).toEqual(there.addedActors);
    const key = (change: { taskLineageId: string; actorId: string }) => `${change.taskLineageId}|${change.actorId}`;
    expect(new Map(back.changedCells.map((change) => [key(change), [change.after, change.before]]))).toEqual(
      new Map(there.changedCells.map((change) => [key(change), [change.before, change.after]])),
    );
  });
});

describe('the stronger letter', () => {
  it('keeps A over R over C over I, whichever comes first', () => {
    const order = ['A', 'R', 'C', 'I'] as const;
    for (const [i, a] of order.entries()) {
      for (const [j, b] of order.entries()) expect(strongerLetter(a, b)).toBe(order[Math.min(i, j)]);
    }
  });
});
