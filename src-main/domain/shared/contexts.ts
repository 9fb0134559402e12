import type { ChangeAuthor } from '../../db/change-log.js';
import type { Queryable } from '../../db/network-store.js';
import type { Locale } from '../../i18n/locales.js';

/** What a domain read needs: the data, the network's today, and the reader's language. */
export interface ReadContext {
  db: Queryable;
  /** YYYY-MM-DD in Helsinki */
  today: string;
  locale: Locale;
}

/** A domain write also knows who writes and when; its `db` is always a transaction. */
export interface WriteContext extends ReadContext {
  author: ChangeAuthor;
}
