import { type RawBuilder, sql } from 'kysely';
import { foldForSearch, likePattern } from '../domain/shared/finnish-text.js';

/**
 * "column contains the query", Finnish-aware: the column holds text folded by `foldForSearch`,
 * the query is folded the same way, and wildcards typed by the user are escaped. Written so that
 * SQLite and PostgreSQL read it alike.
 */
export function containsFolded(column: string, query: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} like ${likePattern(foldForSearch(query))} escape '\\'`;
}
