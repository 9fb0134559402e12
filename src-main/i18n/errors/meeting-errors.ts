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
  meeting_cancelled: {
    fi: 'Kokous on peruttu, eikä sitä voi enää muuttaa.',
    sv: 'Mötet är inställt och kan inte längre ändras.',
    en: 'The meeting has been cancelled and can no longer be changed.',
  },
  meeting_already_held: {
    fi: 'Kokous on jo pidetty, joten sitä ei voi perua.',
    sv: 'Mötet har redan hållits och kan inte ställas in.',
    en: 'The meeting has already been held, so it cannot be cancelled.',
  },
  meeting_not_held: {
    fi: 'Kokous on merkittävä pidetyksi ennen kuin sen pöytäkirja tai muistio hyväksytään.',
    sv: 'Mötet måste markeras som hållet innan protokollet eller minnesanteckningarna godkänns.',
    en: 'Mark the meeting held before its record is approved.',
  },
  meeting_record_approver_not_later: {
    fi: 'Pöytäkirjan tai muistion voi hyväksyä vain myöhempi kokous.',
    sv: 'Protokollet eller minnesanteckningarna kan godkännas endast av ett senare möte.',
    en: 'Only a later meeting can approve the record.',
  },
  meeting_record_approver_other_body: {
    fi: 'Pöytäkirjan tai muistion voi hyväksyä vain saman verkoston tai työryhmän myöhempi kokous, joka ei ole peruttu.',
    sv: 'Protokollet eller minnesanteckningarna kan godkännas endast av ett senare, inte inställt möte i samma nätverk eller arbetsgrupp.',
    en: 'Only a later meeting of the same network or working group, not cancelled, can approve the record.',
  },
  meeting_record_approved_before_held: {
    fi: 'Pöytäkirjaa tai muistiota ei voi hyväksyä ennen kokousta ({date}).',
    sv: 'Protokollet eller minnesanteckningarna kan inte godkännas före mötet ({date}).',
    en: 'The record cannot be approved before the meeting ({date}).',
  },
  meeting_minute_checkers_same: {
    fi: 'Pöytäkirjantarkastajia on kaksi eri henkilöä.',
    sv: 'Protokolljusterarna ska vara två olika personer.',
    en: 'The two minute-checkers must be different people.',
  },
  meeting_year_fixed: {
    fi: 'Kokouksen kutsu on jo lähetetty ja sen pykälät numeroitu vuodelle {year}; kokousta ei voi siirtää toiselle vuodelle. Peru kokous ja suunnittele uusi.',
    sv: 'Kallelsen har redan skickats och paragraferna numrerats för år {year}; mötet kan inte flyttas till ett annat år. Ställ in mötet och planera ett nytt.',
    en: 'The invitation has been sent and the items numbered for {year}; the meeting cannot move to another year. Cancel it and plan a new one.',
  },
  meeting_invitee_duplicate: {
    fi: 'Sama henkilö on kutsuttujen joukossa kahdesti.',
    sv: 'Samma person finns två gånger bland de inbjudna.',
    en: 'The same person is among the invitees twice.',
  },
  working_group_archived: {
    fi: 'Työryhmä on arkistoitu; palauta se ennen kuin suunnittelet sille kokouksen.',
    sv: 'Arbetsgruppen är arkiverad; återställ den innan du planerar ett möte för den.',
    en: 'The working group is archived; restore it before planning a meeting for it.',
  },
  agenda_item_other_meeting: {
    fi: 'Kohta ei ole saman kokouksen esityslistalla.',
    sv: 'Punkten finns inte på samma mötes föredragningslista.',
    en: 'The item is not on the same meeting’s agenda.',
  },
  agenda_item_has_decisions: {
    fi: 'Kohdassa on päätöksiä, joten sitä ei voi poistaa. Poista ensin päätökset tai merkitse kohta käsittelemättä jääneeksi.',
    sv: 'Punkten har beslut och kan inte tas bort. Ta först bort besluten eller markera punkten som obehandlad.',
    en: 'The item has decisions, so it cannot be removed. Remove the decisions first, or mark the item not discussed.',
  },
  agenda_item_has_action_items: {
    fi: 'Kohdassa on annettu tehtäviä, joten sitä ei voi poistaa. Poista tai siirrä ensin tehtävät.',
    sv: 'Punkten har uppgifter och kan inte tas bort. Ta först bort eller flytta uppgifterna.',
    en: 'The item has action items, so it cannot be removed. Remove or move the action items first.',
  },
  agenda_item_not_undiscussed: {
    fi: 'Vain käsittelemättä jäänyt kohta voidaan siirtää seuraavaan kokoukseen.',
    sv: 'Endast en obehandlad punkt kan flyttas till ett senare möte.',
    en: 'Only an item left undiscussed can be carried to a later meeting.',
  },
  agenda_item_already_carried: {
    fi: 'Kohta on jo siirretty myöhempään kokoukseen.',
    sv: 'Punkten har redan flyttats till ett senare möte.',
    en: 'The item has already been carried to a later meeting.',
  },
  agenda_carry_to_earlier_meeting: {
    fi: 'Kohdan voi siirtää vain myöhempään kokoukseen.',
    sv: 'Punkten kan endast flyttas till ett senare möte.',
    en: 'An item can only be carried to a later meeting.',
  },
  agenda_carry_to_closed_meeting: {
    fi: 'Kohtaa ei voi siirtää peruttuun tai jo pidettyyn kokoukseen.',
    sv: 'Punkten kan inte flyttas till ett inställt eller redan hållet möte.',
    en: 'An item cannot be carried to a cancelled meeting or one already held.',
  },
  agenda_carry_to_other_body: {
    fi: 'Kohdan voi siirtää vain saman verkoston tai työryhmän myöhempään kokoukseen.',
    sv: 'Punkten kan endast flyttas till ett senare möte i samma nätverk eller arbetsgrupp.',
    en: 'An item can only be carried to a later meeting of the same network or working group.',
  },
  attachment_type_not_allowed: {
    fi: 'Liitteen tiedostotyyppi ei ole sallittu ({extension}). Sallitut: PDF, Word, Excel, PowerPoint, PNG, JPG, teksti ja OpenDocument (odt, ods).',
    sv: 'Bilagans filtyp är inte tillåten ({extension}). Tillåtna: PDF, Word, Excel, PowerPoint, PNG, JPG, text och OpenDocument (odt, ods).',
    en: 'The attachment’s file type is not allowed ({extension}). Allowed: PDF, Word, Excel, PowerPoint, PNG, JPG, text and OpenDocument (odt, ods).',
  },
  attachment_name_invalid: {
    fi: 'Liitteen tiedostonimi on virheellinen.',
    sv: 'Bilagans filnamn är ogiltigt.',
    en: 'The attachment’s file name is invalid.',
  },
  attachment_too_large: {
    fi: 'Liite on liian suuri: enintään {limit} Mt tiedostoa kohden. Jaa se linkkinä.',
    sv: 'Bilagan är för stor: högst {limit} MB per fil. Dela den som en länk.',
    en: 'The attachment is too large: at most {limit} MB a file. Share it as a link.',
  },
  attachment_meeting_limit: {
    fi: 'Kokouksen liitteet veisivät yhteensä yli {limit} Mt. Poista liitteitä tai jaa ne linkkeinä.',
    sv: 'Mötets bilagor skulle ta över {limit} MB sammanlagt. Ta bort bilagor eller dela dem som länkar.',
    en: 'The meeting’s attachments would take more than {limit} MB in all. Remove some or share them as links.',
  },
  working_group_member_duplicate: {
    fi: 'Sama henkilö on työryhmässä kahdesti samaan aikaan.',
    sv: 'Samma person finns två gånger i arbetsgruppen under samma tid.',
    en: 'The same person is in the working group twice over the same time.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
