/** The history panel's texts; Swedish and English must have the same keys (typed through `Dictionary`). */
export const historyFi = {
  title: 'Muutoshistoria',
  intro: 'Kuka muutti mitä ja milloin. Viimeisimmän muutoksen voi perua, jos tietoa ei ole muutettu sen jälkeen.',
  none: 'Ei muutoksia.',
  loadFailed: 'Muutoshistoriaa ei voitu ladata.',
  when: 'Aika',
  who: 'Muuttaja',
  what: 'Muutos',
  operations: { create: 'Lisätty', update: 'Muutettu', archive: 'Arkistoitu', restore: 'Palautettu', delete: 'Poistettu' },
  fieldChange: '{field}: {before} → {after}',
  empty: '(tyhjä)',
  noFields: 'ei näkyviä kenttämuutoksia',
  undoLast: 'Peru viimeisin muutos',
  confirmTitle: 'Perutaanko viimeisin muutos?',
  confirmText: 'Muutos ({operation}, {who}, {when}) perutaan ja tieto palautetaan ennalleen. Peruminen kirjataan historiaan omana muutoksenaan.',
  confirm: 'Peru muutos',
  undone: 'Viimeisin muutos peruttiin.',
};
