/** Privacy (GDPR): erasing a former representative, and the privacy notice. */
export const privacyFi = {
  erase: 'Poista henkilötiedot',
  eraseLabel: 'Poista henkilötiedot: {name}',
  eraseTitle: 'Poista entisen edustajan henkilötiedot',
  eraseIntro: 'Henkilön {name} tiedot poistetaan koko verkoston tiedostosta: edustajatiedoista, kokousten läsnäololistoista, muista teksteistä ja muutoshistoriasta.',
  removedHeading: 'Poistetaan:',
  removedFields: 'nimi, tehtävänimike, sähköpostiosoite ja puhelinnumero',
  remains: 'Tilalle jää ”Entinen edustaja (organisaatio)”. Kokoukset, jäsenyydet ja muutoshistorian merkinnät säilyvät.',
  cannotUndo: 'Poistoa ei voi perua, eikä tietoja saa takaisin edes muutoshistoriasta.',
  confirm: 'Ymmärrän, että henkilötiedot poistetaan pysyvästi',
  confirmButton: 'Poista pysyvästi',
  erased: 'Henkilötiedot on poistettu.',
  noticeTitle: 'Tietosuoja',
  noticeDescription:
    'Verkosto käsittelee vain toimijoiden edustajien tietoja, ei asiakkaiden. Tietosuojaselosteen pohjassa on valmiina rekisterinpitäjä, tarkoitus, oikeusperuste ja tietosisältö; hakasulkeissa olevat kohdat verkosto täydentää itse.',
  noticeButton: 'Tietosuojaseloste (Word)',
  noticeLanguage: 'Kieli',
  noticeDone: 'Tietosuojaseloste tallennettu: {file}',
  noticeCancelled: 'Tallennus peruttiin.',
};
