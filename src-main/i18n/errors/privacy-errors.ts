/** Errors of privacy (GDPR): erasing a former representative's personal data. */
export const privacyErrorMessages = {
  privacy_representative_current: {
    fi: 'Henkilötietoja ei voi poistaa: {name} on yhä verkoston edustaja. Merkitse ensin edustuksen päättymispäivä tai arkistoi edustaja.',
    sv: 'Personuppgifterna kan inte raderas: {name} är fortfarande nätverkets representant. Ange först när uppdraget upphörde eller arkivera representanten.',
    en: 'The personal data cannot be erased: {name} is still a representative of the network. First set the end date or archive the representative.',
  },
  privacy_already_erased: {
    fi: 'Tämän edustajan henkilötiedot on jo poistettu.',
    sv: 'Den här representantens personuppgifter har redan raderats.',
    en: 'This representative’s personal data has already been erased.',
  },
} as const;
