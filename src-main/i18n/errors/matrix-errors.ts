import type { Locale } from '../locales.js';

/** Errors of responsibility matrices and their review, in Finnish, Swedish and English. */
export const matrixErrorMessages = {
  version_frozen: {
    fi: 'Tämä versio on jäädytetty (lausunnolla tai hyväksytty), eikä sitä voi enää muuttaa. Aloita uusi luonnos.',
    sv: 'Den här versionen är låst (på remiss eller godkänd) och kan inte längre ändras. Börja ett nytt utkast.',
    en: 'This version is frozen (in review or approved) and can no longer be changed. Start a new draft.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
