import { isLocale, type Locale } from '../i18n/locales.js';

/** The command line speaks the language of `--lang`, else of the environment (LANG=sv_FI…), else Finnish. */
export function cliLocale(explicit?: string): Locale {
  if (isLocale(explicit)) return explicit;
  const environment = (process.env.KOTOVERKKO_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? '').slice(0, 2).toLowerCase();
  return environment === 'sv' || environment === 'en' ? environment : 'fi';
}
