import type { Locale } from '../locales.js';

/** Errors of process descriptions, in Finnish, Swedish and English. */
export const processErrorMessages = {
  process_node_not_in_process: {
    fi: 'Vaihe ei kuulu tähän prosessiin.',
    sv: 'Steget hör inte till den här processen.',
    en: 'The step does not belong to this process.',
  },
  legal_act_number_invalid: {
    fi: 'Säädöksen numero muodossa numero/vuosi, esim. 681/2023.',
    sv: 'Författningens nummer i formen nummer/år, t.ex. 681/2023.',
    en: 'The act’s number as number/year, e.g. 681/2023.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
