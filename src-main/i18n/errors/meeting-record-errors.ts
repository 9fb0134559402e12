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
  record_meeting_cancelled: {
    fi: 'Kokous on peruttu, joten sille ei kirjata läsnäoloa, päätöksiä eikä tehtäviä.',
    sv: 'Mötet är inställt, så ingen närvaro, inga beslut och inga uppgifter förs in för det.',
    en: 'The meeting is cancelled, so no attendance, decisions or action items are recorded for it.',
  },
  record_already_approved: {
    fi: 'Kokouksen {number} muistio tai pöytäkirja on jo hyväksytty, eikä sitä enää muuteta. Korjaa tarvittaessa uudella päätöksellä.',
    sv: 'Protokollet eller minnesanteckningarna från mötet {number} är redan godkända och ändras inte längre. Rätta vid behov med ett nytt beslut.',
    en: 'The record of meeting {number} has been approved and no longer changes. Correct it with a new decision if needed.',
  },
  attendance_deputy_for_self: {
    fi: 'Henkilö ei voi olla oma varahenkilönsä.',
    sv: 'En person kan inte vara sin egen ersättare.',
    en: 'A person cannot deputise for themselves.',
  },
  attendance_deputy_other_actor: {
    fi: 'Varahenkilö edustaa samaa organisaatiota kuin {name}. Valitse saman organisaation edustaja.',
    sv: 'En ersättare representerar samma organisation som {name}. Välj en representant för samma organisation.',
    en: 'A deputy represents the same organisation as {name}. Choose a representative of that organisation.',
  },
  decision_applied: {
    fi: 'Päätös on jo pantu täytäntöön. Peru sen täytäntöönpano ensin.',
    sv: 'Beslutet har redan verkställts. Återkalla verkställandet först.',
    en: 'The decision has been carried out. Withdraw it first.',
  },
  decision_already_applied: {
    fi: 'Päätös on jo pantu täytäntöön.',
    sv: 'Beslutet har redan verkställts.',
    en: 'The decision has already been carried out.',
  },
  decision_nothing_to_apply: {
    fi: 'Yleinen päätös ei muuta mitään muuta tietoa, joten sitä ei tarvitse panna täytäntöön.',
    sv: 'Ett allmänt beslut ändrar inga andra uppgifter och behöver inte verkställas.',
    en: 'A general decision changes nothing else, so there is nothing to carry out.',
  },
  decision_meeting_not_held: {
    fi: 'Kokous pidetään vasta {date}. Päätös pannaan täytäntöön kokouksen jälkeen.',
    sv: 'Mötet hålls först {date}. Beslutet verkställs efter mötet.',
    en: 'The meeting is only held on {date}. The decision is carried out after the meeting.',
  },
  decision_not_applied: {
    fi: 'Päätöstä ei ole pantu täytäntöön, joten perutettavaa ei ole.',
    sv: 'Beslutet har inte verkställts, så det finns inget att återkalla.',
    en: 'The decision has not been carried out, so there is nothing to withdraw.',
  },
  decision_version_moved_on: {
    fi: 'Vastuumatriisin versio on jo korvattu tai siitä on tehty uudempi versio, joten päätöstä ei voi enää perua. Tee tarvittaessa uusi päätös.',
    sv: 'Ansvarsmatrisens version har redan ersatts eller fått en nyare version, så beslutet kan inte längre återkallas. Fatta vid behov ett nytt beslut.',
    en: 'The matrix version has been superseded or has a later version, so the decision can no longer be withdrawn. Make a new decision if needed.',
  },
  decision_version_accepted: {
    fi: 'Version on jo hyväksynyt {count} organisaatiota. Poista niiden hyväksynnät ennen kuin perut version hyväksymisen.',
    sv: '{count} organisationer har redan godkänt versionen. Ta bort deras godkännanden innan du återkallar godkännandet av versionen.',
    en: '{count} organisations have already accepted the version. Remove their acceptances before withdrawing its approval.',
  },
  decision_version_not_item_subject: {
    fi: 'Päätös koskee eri vastuumatriisin versiota kuin asiakohta. Valitse kohdassa käsiteltävä versio.',
    sv: 'Beslutet gäller en annan version av ansvarsmatrisen än ärendet. Välj den version som behandlas i punkten.',
    en: 'The decision concerns a different responsibility matrix version from the agenda item’s. Choose the version the item discusses.',
  },
  action_item_goal_archived: {
    fi: 'Toimenpiteen tavoite on arkistoitu; tehtävää ei voi enää liittää siihen.',
    sv: 'Åtgärdens mål är arkiverat; uppgiften kan inte längre kopplas till den.',
    en: 'The action’s goal is archived; an action item can no longer be linked to it.',
  },
  action_item_agenda_item_elsewhere: {
    fi: 'Asiakohta kuuluu toiseen kokoukseen.',
    sv: 'Ärendet hör till ett annat möte.',
    en: 'The agenda item belongs to another meeting.',
  },
  action_item_already_closed: {
    fi: 'Tehtävä on jo suljettu. Avaa se uudelleen, jos sitä pitää muuttaa.',
    sv: 'Uppgiften är redan avslutad. Öppna den igen om den behöver ändras.',
    en: 'The action item is already closed. Reopen it to change it.',
  },
  action_item_not_closed: {
    fi: 'Tehtävä on jo avoinna.',
    sv: 'Uppgiften är redan öppen.',
    en: 'The action item is already open.',
  },
  action_item_closed_before_made: {
    fi: 'Tehtävää ei voi sulkea ennen kokousta, jossa se annettiin ({date}).',
    sv: 'Uppgiften kan inte avslutas före mötet där den gavs ({date}).',
    en: 'The action item cannot be closed before the meeting that made it ({date}).',
  },
  action_item_closed_in_future: {
    fi: 'Sulkemispäivä ei voi olla tulevaisuudessa.',
    sv: 'Avslutningsdagen kan inte ligga i framtiden.',
    en: 'The closing date cannot be in the future.',
  },
  action_item_owner_not_of_actor: {
    fi: '{name} ei edusta valittua organisaatiota.',
    sv: '{name} representerar inte den valda organisationen.',
    en: '{name} does not represent the chosen organisation.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
