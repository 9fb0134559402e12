import type { Locale } from '../locales.js';

/** Errors of the audit trail's undo, in Finnish, Swedish and English. Undo refuses rather than guesses. */
export const historyErrorMessages = {
  history_nothing_to_undo: {
    fi: 'Tällä tiedolla ei ole muutoshistoriaa, joten perumista ei ole.',
    sv: 'Uppgiften har ingen ändringshistorik, så det finns inget att ångra.',
    en: 'This item has no history, so there is nothing to undo.',
  },
  history_changed_since: {
    fi: 'Muutosta ei voi perua: {changedBy} on muuttanut tietoa sen jälkeen ({changedAt}). Lataa historia uudelleen.',
    sv: 'Ändringen kan inte ångras: {changedBy} har ändrat uppgiften efter det ({changedAt}). Ladda om historiken.',
    en: 'The change cannot be undone: {changedBy} has changed this since ({changedAt}). Reload the history.',
  },
  history_row_differs: {
    fi: 'Muutosta ei voi perua turvallisesti: tieto on nyt toisenlainen kuin muutoksen jälkeen, eikä historia kerro miksi.',
    sv: 'Ändringen kan inte ångras säkert: uppgiften ser nu annorlunda ut än efter ändringen, och historiken visar inte varför.',
    en: 'The change cannot be undone safely: the item is no longer as the change left it, and the history does not say why.',
  },
  history_not_undoable_type: {
    fi: 'Tämän tyyppisen tiedon ({entityType}) muutoksia ei voi perua historiasta.',
    sv: 'Ändringar av den här typen av uppgift ({entityType}) kan inte ångras från historiken.',
    en: 'Changes to this kind of item ({entityType}) cannot be undone from the history.',
  },
  history_not_undoable_entry: {
    fi: 'Tätä muutosta ei voi perua historiasta, koska se koski muutakin kuin tätä yhtä tietoa. Tee korjaus tavalliseen tapaan.',
    sv: 'Ändringen kan inte ångras från historiken, eftersom den gällde mer än den här uppgiften. Rätta den på vanligt sätt.',
    en: 'This change cannot be undone from the history, as it touched more than this one item. Correct it the usual way.',
  },
  history_undo_referenced: {
    fi: 'Lisäystä ei voi perua: tietoon viitataan muualla ({table}, {count} kpl). Poista viittaukset ensin.',
    sv: 'Tillägget kan inte ångras: uppgiften används på annat håll ({table}, {count} st.). Ta bort hänvisningarna först.',
    en: 'The addition cannot be undone: other data refers to it ({table}, {count}). Remove those references first.',
  },
  history_undo_reference_missing: {
    fi: 'Poistoa ei voi perua: tieto, johon se viittasi ({table}), on poistettu.',
    sv: 'Borttagningen kan inte ångras: uppgiften den hänvisade till ({table}) har tagits bort.',
    en: 'The removal cannot be undone: what it referred to ({table}) has been removed.',
  },
  history_undo_conflict: {
    fi: 'Muutosta ei voi perua, koska palautettu tieto olisi ristiriidassa nykyisten tietojen kanssa. Mitään ei muutettu.',
    sv: 'Ändringen kan inte ångras, eftersom den återställda uppgiften skulle strida mot nuvarande uppgifter. Inget ändrades.',
    en: 'The change cannot be undone, as the restored item would clash with the current data. Nothing was changed.',
  },
  history_undo_earlier_unknown: {
    fi: 'Muutosta ei voi perua, koska historiasta ei selviä, millainen tieto oli ennen sitä. Tee korjaus tavalliseen tapaan.',
    sv: 'Ändringen kan inte ångras, eftersom historiken inte visar hur uppgiften såg ut före den. Rätta den på vanligt sätt.',
    en: 'The change cannot be undone, as the history does not show what the item was like before it. Correct it the usual way.',
  },
  history_meeting_invitees_unknown: {
    fi: 'Puheenjohtajan vaihtoa ei voi perua historiasta, koska kutsuttuja ei saisi palautettua täsmälleen ennalleen. Vaihda puheenjohtaja ja tarkista kutsutut kokouksen tiedoista.',
    sv: 'Bytet av ordförande kan inte ångras från historiken, eftersom de inbjudna inte skulle bli exakt som förut. Byt ordförande och kontrollera de inbjudna i mötets uppgifter.',
    en: 'The change of chair cannot be undone from the history, as the invitees would not come back exactly as they were. Change the chair and check the invitees in the meeting’s details.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
