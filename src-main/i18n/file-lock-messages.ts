import { formatTemplate, type Locale } from './locales.js';

/** The read-only banner's sentence when another app instance edits the network (its owner file). */
const openedElsewhere = {
  fi: '{user} (koneella {host}) muokkaa tätä verkostoa; avattu vain luku -tilassa.',
  sv: '{user} (på datorn {host}) redigerar det här nätverket; öppnat skrivskyddat.',
  en: '{user} (on computer {host}) is editing this network; opened read-only.',
} satisfies Record<Locale, string>;

const someone = { fi: 'Toinen käyttäjä', sv: 'En annan användare', en: 'Another user' } satisfies Record<Locale, string>;
const unknownHost = { fi: 'tuntematon', sv: 'okänd', en: 'unknown' } satisfies Record<Locale, string>;

export function openedElsewhereMessage(owner: { userName: string; hostName: string } | null, locale: Locale): string {
  return formatTemplate(openedElsewhere[locale], {
    user: owner?.userName.trim() || someone[locale],
    host: owner?.hostName.trim() || unknownHost[locale],
  });
}
