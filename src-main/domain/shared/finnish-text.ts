/**
 * Finnish-aware text handling. SQL's LIKE/lower() fold only ASCII in SQLite, so every searchable
 * row stores a folded copy made here, and the query is folded the same way: "ä" finds "Ä", and
 * "a" does not find "ä" (they are different letters in Finnish and Swedish).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
}

/** Escapes LIKE wildcards so a user's "%" or "_" is searched for literally (with ESCAPE '\'). */
export function likePattern(foldedQuery: string): string {
  return `%${foldedQuery.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const finnishCollator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });

/** Sorts as a Finnish reader expects: å, ä, ö after z; v and w apart. */
export function compareFinnish(a: string, b: string): number {
  return finnishCollator.compare(a, b);
}
