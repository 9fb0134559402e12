import type { Locale } from '../locales.js';

/** Errors of the network's backups and of restoring one, in Finnish, Swedish and English. */
export const backupErrorMessages = {
  backup_not_found: {
    fi: 'Varmuuskopiota {name} ei löydy tämän verkoston varmuuskopioista.',
    sv: 'Säkerhetskopian {name} finns inte bland nätverkets säkerhetskopior.',
    en: 'There is no backup {name} among this network’s backups.',
  },
  backup_not_network: {
    fi: 'Varmuuskopio {name} ei ole Kotoverkon verkostotiedosto, joten sitä ei palautettu. Avoimeen verkostoon ei koskettu.',
    sv: 'Säkerhetskopian {name} är ingen nätverksfil för Kotoverkko och återställdes inte. Det öppna nätverket lämnades orört.',
    en: 'The backup {name} is not a Kotoverkko network file, so it was not restored. The open network was left untouched.',
  },
  backup_damaged: {
    fi: 'Varmuuskopio {name} on vioittunut, joten sitä ei palautettu. Avoimeen verkostoon ei koskettu; valitse toinen varmuuskopio.',
    sv: 'Säkerhetskopian {name} är skadad och återställdes inte. Det öppna nätverket lämnades orört; välj en annan säkerhetskopia.',
    en: 'The backup {name} is damaged, so it was not restored. The open network was left untouched; choose another backup.',
  },
  backup_other_network: {
    fi: 'Varmuuskopio {name} on toisen verkoston, ei tämän, joten sitä ei palautettu. Avoimeen verkostoon ei koskettu.',
    sv: 'Säkerhetskopian {name} hör till ett annat nätverk, inte det här, och återställdes inte. Det öppna nätverket lämnades orört.',
    en: 'The backup {name} belongs to another network, not this one, so it was not restored. The open network was left untouched.',
  },
  backup_newer_version: {
    fi: 'Varmuuskopio {name} on tehty Kotoverkon uudemmalla versiolla (tietomallin versio {fileVersion}, tämä ohjelma tuntee version {appVersion}), joten sitä ei palautettu. Päivitä Kotoverkko. Avoimeen verkostoon ei koskettu.',
    sv: 'Säkerhetskopian {name} har skapats med en nyare version av Kotoverkko (datamodell {fileVersion}, detta program känner till {appVersion}) och återställdes inte. Uppdatera Kotoverkko. Det öppna nätverket lämnades orört.',
    en: 'The backup {name} was made by a newer Kotoverkko (schema version {fileVersion}; this program knows {appVersion}), so it was not restored. Update Kotoverkko. The open network was left untouched.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
