import type { Locale } from '../locales.js';

/** Errors of what a meeting records (attendance, decisions, action items) and of the action plan, in fi, sv, en. */
export const meetingRecordErrorMessages = {
  attendance_person_required: {
    fi: 'Valitse edustaja tai kirjoita vieraan nimi (ei molempia).',
    sv: 'Välj en representant eller skriv gästens namn (inte båda).',
    en: 'Choose a representative or write a guest’s name (not both).',
  },
  attendance_deputy_for_required: {
    fi: 'Kerro, kenen varahenkilönä henkilö on paikalla.',
    sv: 'Ange för vem personen är ersättare.',
    en: 'Say whom the person is deputising for.',
  },
  decision_text_required: {
    fi: 'Kirjoita päätöksen teksti.',
    sv: 'Skriv beslutets text.',
    en: 'Write the text of the decision.',
  },
  decision_matrix_version_required: {
    fi: 'Valitse vastuumatriisin versio, jota päätös koskee.',
    sv: 'Välj den version av ansvarsmatrisen som beslutet gäller.',
    en: 'Choose the responsibility matrix version the decision concerns.',
  },
  decision_actor_required: {
    fi: 'Valitse organisaatio, jonka puolesta versio hyväksytään.',
    sv: 'Välj organisationen som godkänner versionen.',
    en: 'Choose the organisation that accepts the version.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
