import { toApiError } from '../api/dispatch.js';
import type { Locale } from '../i18n/locales.js';
import { UsageError } from './args.js';

const PREFIX: Record<Locale, string> = { fi: 'Virhe', sv: 'Fel', en: 'Error' };

/** One clear line on stderr and a non-zero exit: never a stack trace. */
export function failAndExit(error: unknown, locale: Locale, exitCode = 1): never {
  const message = error instanceof UsageError ? `${error.message} (npm run cli -- --help)` : toApiError(error, locale).message;
  process.stderr.write(`${PREFIX[locale]}: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(error instanceof UsageError ? 2 : exitCode);
}
