import type { LocalizedText } from '../../api/contract/common.js';
import type { Locale } from '../../i18n/locales.js';

/** What stays of an erased representative: "former representative of X", in the network's language. */
const LABEL: Record<Locale, (organisation: string) => string> = {
  fi: (organisation) => `Entinen edustaja (${organisation})`,
  sv: (organisation) => `Före detta representant (${organisation})`,
  en: (organisation) => `Former representative (${organisation})`,
};

export function formerRepresentativeLabel(locale: Locale, organisation: string): string {
  return LABEL[locale](organisation);
}

/** The network's language: the first one its own name is written in (Finnish before Swedish before English). */
export function networkLanguage(networkName: LocalizedText): Locale {
  if (networkName.fi) return 'fi';
  if (networkName.sv) return 'sv';
  if (networkName.en) return 'en';
  return 'fi';
}
