import type { Locale } from '../locales.js';

/** Errors of the organisation template of exported documents (asiakirjapohja), in Finnish, Swedish and English. */
export const templateErrorMessages = {
  logo_not_png: {
    fi: 'Logon on oltava PNG-kuva. Tallenna kuva PNG-muodossa ja valitse se uudelleen.',
    sv: 'Logotypen måste vara en PNG-bild. Spara bilden i PNG-format och välj den igen.',
    en: 'The logo must be a PNG image. Save the picture as PNG and choose it again.',
  },
  logo_too_large: {
    fi: 'Logo on liian suuri: enintään 1 Mt. Pienennä kuvaa ja valitse se uudelleen.',
    sv: 'Logotypen är för stor: högst 1 MB. Förminska bilden och välj den igen.',
    en: 'The logo is too large: at most 1 MB. Make the picture smaller and choose it again.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
