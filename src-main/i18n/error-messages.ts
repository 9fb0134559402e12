import { matrixErrorMessages } from './errors/matrix-errors.js';
import { processErrorMessages } from './errors/process-errors.js';
import { exportErrorMessages } from './errors/export-errors.js';
import { formErrorMessages } from './errors/form-errors.js';
import { templateErrorMessages } from './errors/template-errors.js';
import { meetingErrorMessages } from './errors/meeting-errors.js';
import { meetingRecordErrorMessages } from './errors/meeting-record-errors.js';
import { historyErrorMessages } from './errors/history-errors.js';
import { backupErrorMessages } from './errors/backup-errors.js';
import { privacyErrorMessages } from './errors/privacy-errors.js';
import { formatTemplate, type Locale } from './locales.js';

/**
 * Every error the user can see, in Finnish, Swedish and English. Shared by the core (API errors)
 * and the screens (field validation), so a message reads the same wherever it appears.
 */
const generalMessages = {
  invalid_input: {
    fi: 'Virheellinen tieto.',
    sv: 'Ogiltig uppgift.',
    en: 'Invalid input.',
  },
  required: {
    fi: 'Pakollinen tieto puuttuu.',
    sv: 'Obligatorisk uppgift saknas.',
    en: 'This field is required.',
  },
  wrong_type: {
    fi: 'Tiedon tyyppi on väärä (odotettiin: {expected}).',
    sv: 'Fel typ av uppgift (förväntades: {expected}).',
    en: 'Wrong type of value (expected: {expected}).',
  },
  too_long: {
    fi: 'Teksti on liian pitkä (enintään {maximum} merkkiä).',
    sv: 'Texten är för lång (högst {maximum} tecken).',
    en: 'The text is too long (at most {maximum} characters).',
  },
  too_short: {
    fi: 'Teksti on liian lyhyt (vähintään {minimum} merkkiä).',
    sv: 'Texten är för kort (minst {minimum} tecken).',
    en: 'The text is too short (at least {minimum} characters).',
  },
  too_many: {
    fi: 'Liian monta kohdetta (enintään {maximum}).',
    sv: 'För många poster (högst {maximum}).',
    en: 'Too many items (at most {maximum}).',
  },
  number_out_of_range: {
    fi: 'Luku on sallitun alueen ulkopuolella.',
    sv: 'Talet ligger utanför det tillåtna intervallet.',
    en: 'The number is out of the allowed range.',
  },
  invalid_choice: {
    fi: 'Valinta ei ole sallittu.',
    sv: 'Valet är inte tillåtet.',
    en: 'This choice is not allowed.',
  },
  unknown_field: {
    fi: 'Tuntematon kenttä: {keys}.',
    sv: 'Okänt fält: {keys}.',
    en: 'Unknown field: {keys}.',
  },
  invalid_date: {
    fi: 'Päivämäärä on virheellinen (muoto VVVV-KK-PP).',
    sv: 'Datumet är ogiltigt (format ÅÅÅÅ-MM-DD).',
    en: 'The date is invalid (format YYYY-MM-DD).',
  },
  invalid_email: {
    fi: 'Sähköpostiosoite on virheellinen.',
    sv: 'E-postadressen är ogiltig.',
    en: 'The e-mail address is invalid.',
  },
  invalid_phone: {
    fi: 'Puhelinnumero on virheellinen.',
    sv: 'Telefonnumret är ogiltigt.',
    en: 'The phone number is invalid.',
  },
  invalid_url: {
    fi: 'Verkko-osoite on virheellinen (alkaa http:// tai https://).',
    sv: 'Webbadressen är ogiltig (börjar med http:// eller https://).',
    en: 'The web address is invalid (starts with http:// or https://).',
  },
  invalid_id: {
    fi: 'Tunniste on virheellinen.',
    sv: 'Identifieraren är ogiltig.',
    en: 'The identifier is invalid.',
  },
  business_id_invalid: {
    fi: 'Y-tunnus on virheellinen: muoto 1234567-8 ja tarkistusmerkin on täsmättävä.',
    sv: 'FO-numret är ogiltigt: formatet är 1234567-8 och kontrolltecknet måste stämma.',
    en: 'The business ID (Y-tunnus) is invalid: format 1234567-8 with a matching check digit.',
  },
  personal_identity_code: {
    fi: 'Tekstissä on henkilötunnus. Kotoverkkoon ei tallenneta henkilötunnuksia – poista se.',
    sv: 'Texten innehåller en personbeteckning. Personbeteckningar sparas inte i Kotoverkko – ta bort den.',
    en: 'The text contains a personal identity code. Kotoverkko never stores them – please remove it.',
  },
  name_required: {
    fi: 'Anna nimi ainakin yhdellä kielellä.',
    sv: 'Ange namnet på åtminstone ett språk.',
    en: 'Give the name in at least one language.',
  },
  period_reversed: {
    fi: 'Päättymispäivä on ennen alkamispäivää.',
    sv: 'Slutdatumet ligger före startdatumet.',
    en: 'The end date is before the start date.',
  },
  not_found: {
    fi: 'Tietoa ei löytynyt (se on ehkä poistettu).',
    sv: 'Uppgiften hittades inte (den kan ha tagits bort).',
    en: 'Not found (it may have been removed).',
  },
  version_conflict: {
    fi: 'Joku muu on muuttanut tätä tietoa sillä välin ({changedBy}, {changedAt}). Lataa tieto uudelleen.',
    sv: 'Någon annan har ändrat uppgiften under tiden ({changedBy}, {changedAt}). Ladda om uppgiften.',
    en: 'Someone else changed this in the meantime ({changedBy}, {changedAt}). Reload it.',
  },
  succession_self: {
    fi: 'Toimija ei voi seurata itseään.',
    sv: 'En aktör kan inte efterträda sig själv.',
    en: 'An actor cannot succeed itself.',
  },
  succession_cycle: {
    fi: 'Seuraanto muodostaisi kehän: {name} on jo tämän toimijan edeltäjä.',
    sv: 'Efterträdandet skulle bilda en cirkel: {name} är redan en föregångare.',
    en: 'The succession would form a cycle: {name} is already a predecessor.',
  },
  succession_exists: {
    fi: 'Tämä seuraanto on jo kirjattu.',
    sv: 'Detta efterträdande finns redan.',
    en: 'This succession is already recorded.',
  },
  name_version_exists: {
    fi: 'Toimijalla on jo nimi, joka on voimassa {validFrom} alkaen.',
    sv: 'Aktören har redan ett namn som gäller från {validFrom}.',
    en: 'The actor already has a name valid from {validFrom}.',
  },
  no_network_open: {
    fi: 'Mikään verkostotiedosto ei ole auki.',
    sv: 'Ingen nätverksfil är öppen.',
    en: 'No network file is open.',
  },
  read_only: {
    fi: 'Tiedosto on avattu vain luku -tilassa; muutoksia ei voi tallentaa.',
    sv: 'Filen är öppnad skrivskyddad; ändringar kan inte sparas.',
    en: 'The file is open read-only; changes cannot be saved.',
  },
  file_not_found: {
    fi: 'Tiedostoa ei löydy: {file}',
    sv: 'Filen hittas inte: {file}',
    en: 'File not found: {file}',
  },
  file_is_directory: {
    fi: 'Polku on kansio, ei verkostotiedosto: {file}',
    sv: 'Sökvägen är en mapp, inte en nätverksfil: {file}',
    en: 'The path is a folder, not a network file: {file}',
  },
  file_empty: {
    fi: 'Tiedosto on tyhjä, joten se ei ole Kotoverkon verkostotiedosto: {file}',
    sv: 'Filen är tom och är därför ingen nätverksfil för Kotoverkko: {file}',
    en: 'The file is empty, so it is not a Kotoverkko network file: {file}',
  },
  file_not_network: {
    fi: 'Tiedosto ei ole Kotoverkon verkostotiedosto: {file}. Tiedostoon ei koskettu.',
    sv: 'Filen är ingen nätverksfil för Kotoverkko: {file}. Filen lämnades orörd.',
    en: 'This is not a Kotoverkko network file: {file}. The file was left untouched.',
  },
  file_foreign_database: {
    fi: 'Tiedosto on jonkin muun ohjelman tietokanta, ei Kotoverkon verkostotiedosto: {file}. Tiedostoon ei koskettu.',
    sv: 'Filen är en databas från ett annat program, inte en nätverksfil för Kotoverkko: {file}. Filen lämnades orörd.',
    en: 'The file is another program’s database, not a Kotoverkko network file: {file}. The file was left untouched.',
  },
  file_newer_version: {
    fi: 'Tiedosto on tehty Kotoverkon uudemmalla versiolla: {file} (tietomallin versio {fileVersion}, tämä ohjelma tuntee version {appVersion}). Päivitä Kotoverkko. Tiedostoon ei koskettu.',
    sv: 'Filen har skapats med en nyare version av Kotoverkko: {file} (datamodell {fileVersion}, detta program känner till {appVersion}). Uppdatera Kotoverkko. Filen lämnades orörd.',
    en: 'The file was made by a newer Kotoverkko: {file} (schema version {fileVersion}; this program knows {appVersion}). Update Kotoverkko. The file was left untouched.',
  },
  file_corrupt: {
    fi: 'Tiedosto on vioittunut eikä sitä voi avata: {file}. Tiedostoon ei koskettu; palauta se varmuuskopiosta.',
    sv: 'Filen är skadad och kan inte öppnas: {file}. Filen lämnades orörd; återställ den från en säkerhetskopia.',
    en: 'The file is damaged and cannot be opened: {file}. It was left untouched; restore it from a backup.',
  },
  file_locked: {
    fi: 'Tiedosto on toisen ohjelman käytössä: {file}. Sulje se siellä ja yritä uudelleen.',
    sv: 'Filen används av ett annat program: {file}. Stäng den där och försök igen.',
    en: 'The file is in use by another program: {file}. Close it there and try again.',
  },
  file_foreign_journal: {
    fi: 'Tiedoston vieressä on toisen tietokannan keskeneräisen tallennuksen jälki ({journal}). Sen purkaminen vioittaisi tiedoston, joten sitä ei avattu: {file}. Siirrä jälkitiedosto muualle ja yritä uudelleen. Tiedostoon ei koskettu.',
    sv: 'Bredvid filen finns spåren av en annan databas ofullständiga sparande ({journal}). Att spela upp dem skulle skada filen, så den öppnades inte: {file}. Flytta spårfilen någon annanstans och försök igen. Filen lämnades orörd.',
    en: 'Beside the file lies an unfinished save of another database ({journal}). Playing it back would damage the file, so it was not opened: {file}. Move that file elsewhere and try again. The file was left untouched.',
  },
  file_exists: {
    fi: 'Tiedosto on jo olemassa: {file}',
    sv: 'Filen finns redan: {file}',
    en: 'The file already exists: {file}',
  },
  file_folder_missing: {
    fi: 'Kansiota ei ole olemassa: {folder}',
    sv: 'Mappen finns inte: {folder}',
    en: 'The folder does not exist: {folder}',
  },
  file_not_permitted: {
    fi: 'Tiedostoa ei voi valita tällä tavalla: {file}',
    sv: 'Filen kan inte väljas på detta sätt: {file}',
    en: 'This file cannot be chosen this way: {file}',
  },
  file_write_failed: {
    fi: 'Tiedostoa ei voitu kirjoittaa: {file} ({reason})',
    sv: 'Filen kunde inte skrivas: {file} ({reason})',
    en: 'The file could not be written: {file} ({reason})',
  },
  migration_failed: {
    fi: 'Tiedoston päivitys uuteen versioon epäonnistui; tiedosto jäi ennalleen ja varmuuskopio on tallessa: {backup}',
    sv: 'Uppdateringen av filen till den nya versionen misslyckades; filen är oförändrad och en säkerhetskopia finns: {backup}',
    en: 'Upgrading the file failed; the file is unchanged and a backup was kept: {backup}',
  },
  unknown_method: {
    fi: 'Tuntematon toiminto: {method}',
    sv: 'Okänd funktion: {method}',
    en: 'Unknown method: {method}',
  },
  unauthorized: {
    fi: 'Pääsy evätty: avaa Kotoverkko sen käynnistyksessä tulostamasta osoitteesta.',
    sv: 'Åtkomst nekad: öppna Kotoverkko via adressen som visades vid start.',
    en: 'Access denied: open Kotoverkko from the address it printed at start.',
  },
  forbidden: {
    fi: 'Pyyntö estettiin (väärä osoite tai alkuperä).',
    sv: 'Begäran blockerades (fel adress eller ursprung).',
    en: 'The request was blocked (wrong host or origin).',
  },
  request_too_large: {
    fi: 'Pyyntö on liian suuri.',
    sv: 'Begäran är för stor.',
    en: 'The request is too large.',
  },
  malformed_request: {
    fi: 'Pyyntö ei ole kelvollista JSONia.',
    sv: 'Begäran är inte giltig JSON.',
    en: 'The request is not valid JSON.',
  },
  internal: {
    fi: 'Odottamaton virhe. Mitään ei tallennettu. ({detail})',
    sv: 'Oväntat fel. Inget sparades. ({detail})',
    en: 'Unexpected error. Nothing was saved. ({detail})',
  },
} as const satisfies Record<string, Record<Locale, string>>;

// Each area keeps its own messages (src-main/i18n/errors/), so areas grow without touching each other.
const messages = { ...generalMessages, ...processErrorMessages, ...matrixErrorMessages, ...exportErrorMessages, ...formErrorMessages, ...templateErrorMessages, ...meetingErrorMessages, ...meetingRecordErrorMessages, ...historyErrorMessages, ...privacyErrorMessages, ...backupErrorMessages };

export type ErrorCode = keyof typeof messages;

export function errorMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return formatTemplate(messages[code][locale], params);
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.prototype.hasOwnProperty.call(messages, value);
}
