import type { Locale } from '../locales.js';

/** Errors of network meetings (kokoukset) and their invitations, in Finnish, Swedish and English. */
export const meetingErrorMessages = {
  meeting_time_invalid: {
    fi: 'Kokouksen aika on virheellinen: {time} (muoto VVVV-KK-PPTHH:MM).',
    sv: 'Mötestiden är ogiltig: {time} (format ÅÅÅÅ-MM-DDTHH:MM).',
    en: 'The meeting time is invalid: {time} (format YYYY-MM-DDTHH:MM).',
  },
  meeting_time_nonexistent: {
    fi: 'Kellonaikaa {time} ei ole Suomessa: kellot siirretään sinä yönä kello 3:sta 4:ään (kesäaika). Valitse toinen aika.',
    sv: 'Klockslaget {time} finns inte i Finland: klockan ställs då fram från 3 till 4 (sommartid). Välj en annan tid.',
    en: 'The time {time} does not exist in Finland: clocks go forward from 3:00 to 4:00 that night (summer time). Choose another time.',
  },
  meeting_end_not_after_start: {
    fi: 'Kokouksen päättymisajan on oltava alkamisajan jälkeen.',
    sv: 'Mötet måste sluta efter att det har börjat.',
    en: 'The meeting must end after it starts.',
  },
  meeting_address_invalid: {
    fi: 'Sähköpostiosoite on virheellinen: {address}',
    sv: 'E-postadressen är ogiltig: {address}',
    en: 'The e-mail address is invalid: {address}',
  },
  meeting_online_link_invalid: {
    fi: 'Etäyhteyden linkin on oltava verkko-osoite, joka alkaa https:// tai http://.',
    sv: 'Länken till distansmötet måste vara en webbadress som börjar med https:// eller http://.',
    en: 'The online meeting link must be a web address starting with https:// or http://.',
  },
  meeting_uid_domain_invalid: {
    fi: 'Kalenterikutsun tunnisteen verkkotunnus on virheellinen: {domain}',
    sv: 'Domänen i kalenderinbjudans identifierare är ogiltig: {domain}',
    en: 'The domain in the calendar invitation’s identifier is invalid: {domain}',
  },
} as const satisfies Record<string, Record<Locale, string>>;
