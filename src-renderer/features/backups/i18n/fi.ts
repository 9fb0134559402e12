/** The backups section's Finnish texts (on the Settings page): the source of the keys (sv and en must match). */
export const backupsFi = {
  title: 'Varmuuskopiot',
  description:
    'Kotoverkko ottaa avoimesta verkostosta varmuuskopion kerran päivässä ja säilyttää seitsemän viimeisintä päivää ja neljä viimeisintä viikkoa. Lisäksi kopio otetaan aina ennen tiedoston päivitystä uuteen versioon ja ennen palautusta.',
  where: 'Varmuuskopiot ovat tällä tietokoneella, eivät verkostotiedoston kansiossa.',
  tableLabel: 'Verkoston varmuuskopiot',
  none: 'Tästä verkostosta ei ole vielä varmuuskopioita.',
  takenAt: 'Otettu',
  kind: 'Laji',
  size: 'Koko',
  kinds: {
    daily: 'Päivittäinen',
    weekly: 'Viikoittainen',
    'pre-upgrade': 'Ennen päivitystä',
    'pre-restore': 'Ennen palautusta',
  },
  sizeKb: '{size} kt',
  sizeMb: '{size} Mt',
  restore: 'Palauta…',
  restoreLabel: 'Palauta varmuuskopio {date} ({kind})',
  readOnly: 'Tiedosto on avattu vain luku -tilassa, joten varmuuskopiota ei voi palauttaa.',
  confirmTitle: 'Palautetaanko varmuuskopio?',
  confirmText: 'Verkosto palautetaan sellaiseksi kuin se oli {date} ({kind}). Sen jälkeen tehdyt muutokset eivät ole palautetussa verkostossa.',
  confirmKeep: 'Nykyisestä verkostosta otetaan ensin kopio ”Ennen palautusta”, joten palautuksen voi perua palauttamalla sen.',
  confirm: 'Palauta varmuuskopio',
  restoring: 'Palautetaan…',
  restored: 'Varmuuskopio {date} palautettu. Aiempi tila on tallessa kopiona ”Ennen palautusta”.',
};
