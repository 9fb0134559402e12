import type { privacyFi } from './fi';

export const privacySv: typeof privacyFi = {
  erase: 'Radera personuppgifter',
  eraseLabel: 'Radera personuppgifter: {name}',
  eraseTitle: 'Radera en före detta representants personuppgifter',
  eraseIntro: 'Uppgifterna om {name} raderas ur hela nätverkets fil: representantuppgifterna, närvarolistorna, andra texter och ändringshistoriken.',
  removedHeading: 'Raderas:',
  removedFields: 'namn, titel, e-postadress och telefonnummer',
  remains: 'Kvar blir ”Före detta representant (organisation)”. Möten, medlemskap och ändringshistorikens poster finns kvar.',
  cannotUndo: 'Raderingen kan inte ångras, och uppgifterna går inte att få tillbaka ens ur ändringshistoriken.',
  confirm: 'Jag förstår att personuppgifterna raderas för gott',
  confirmButton: 'Radera för gott',
  erased: 'Personuppgifterna har raderats.',
  noticeTitle: 'Dataskydd',
  noticeDescription:
    'Nätverket behandlar endast uppgifter om aktörernas representanter, inte om klienter. Mallen för dataskyddsbeskrivningen har personuppgiftsansvarig, ändamål, rättslig grund och innehåll färdigt; punkterna inom hakparentes fyller nätverket i själv.',
  noticeButton: 'Dataskyddsbeskrivning (Word)',
  noticeLanguage: 'Språk',
  noticeDone: 'Dataskyddsbeskrivningen sparades: {file}',
  noticeCancelled: 'Sparandet avbröts.',
};
