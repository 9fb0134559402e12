import type { Locale } from '../locales.js';

/** Errors of the matrix workbook import and of the members' review forms, in Finnish, Swedish and English. */
export const formErrorMessages = {
  workbook_unreadable: {
    fi: 'Tiedostosta ei löytynyt vastuumatriisia. Valitse Excel-tiedosto (.xlsx), jossa on otsikkorivi toimijoiden nimistä ja sen alla tehtävät ensimmäisessä sarakkeessa.',
    sv: 'Ingen ansvarsmatris hittades i filen. Välj en Excel-fil (.xlsx) med en rubrikrad med aktörernas namn och uppgifterna under den i första kolumnen.',
    en: 'No responsibility matrix was found in the file. Choose an Excel file (.xlsx) with a header row of actor names and the tasks below it in the first column.',
  },
  workbook_has_problems: {
    fi: 'Tiedostossa on {count} ongelmaa (esimerkiksi tuntematon kirjain tai tehtävä). Korjaa ne Excelissä ja esikatsele uudelleen; mitään ei tallennettu.',
    sv: 'Filen har {count} problem (till exempel en okänd bokstav eller uppgift). Rätta dem i Excel och förhandsgranska igen; inget sparades.',
    en: 'The file has {count} problems (an unknown letter or task, for example). Fix them in Excel and preview again; nothing was saved.',
  },
  import_file_changed: {
    fi: 'Tiedosto ei ole sama kuin esikatseltu. Esikatsele tiedosto uudelleen ennen tuontia; mitään ei tallennettu.',
    sv: 'Filen är inte densamma som förhandsgranskades. Förhandsgranska den igen före importen; inget sparades.',
    en: 'The file is not the one that was previewed. Preview it again before importing; nothing was saved.',
  },
  form_unreadable: {
    fi: 'Tiedosto ei ole Kotoverkon lausuntolomake (.docx tai .xlsx), tai sen tunnistetiedot puuttuvat. Käytä Kotoverkosta vietyä lomaketta.',
    sv: 'Filen är ingen remissblankett från Kotoverkko (.docx eller .xlsx), eller så saknas dess identifieringsuppgifter. Använd en blankett som exporterats från Kotoverkko.',
    en: 'The file is not a Kotoverkko review form (.docx or .xlsx), or its identifying details are missing. Use a form exported from Kotoverkko.',
  },
  form_unknown_version: {
    fi: 'Lomake on vastuumatriisista, jota ei ole tässä verkostotiedostossa. Tarkista, että avoinna on oikea verkosto.',
    sv: 'Blanketten gäller en ansvarsmatris som inte finns i den här nätverksfilen. Kontrollera att rätt nätverk är öppet.',
    en: 'The form is for a matrix that is not in this network file. Check that the right network is open.',
  },
  form_wrong_version: {
    fi: 'Lomake on vastuumatriisin ”{matrix}” versiosta {formVersion}, mutta lausunnolla on nyt versio {currentVersion}. Lähetä jäsenelle uuden version lomake.',
    sv: 'Blanketten gäller version {formVersion} av ansvarsmatrisen ”{matrix}”, men nu är version {currentVersion} på remiss. Skicka blanketten för den nya versionen till medlemmen.',
    en: 'The form is for version {formVersion} of the matrix “{matrix}”, but version {currentVersion} is now in review. Send the member the form of the new version.',
  },
  form_review_closed: {
    fi: 'Vastuumatriisin ”{matrix}” versio {formVersion} ei ole enää lausunnolla ({status}), joten lomakkeen vastauksia ei voi kirjata.',
    sv: 'Version {formVersion} av ansvarsmatrisen ”{matrix}” är inte längre på remiss ({status}), så blankettens svar kan inte registreras.',
    en: 'Version {formVersion} of the matrix “{matrix}” is no longer in review ({status}), so the form’s answers cannot be recorded.',
  },
  form_wrong_actor: {
    fi: 'Lomake on toimijalle, joka ei ole vastuumatriisin ”{matrix}” version {formVersion} sarake. Lähetä jäsenelle sen oma lomake.',
    sv: 'Blanketten gäller en aktör som inte är en kolumn i version {formVersion} av ansvarsmatrisen ”{matrix}”. Skicka medlemmen dess egen blankett.',
    en: 'The form is for an actor that is not a column of version {formVersion} of the matrix “{matrix}”. Send the member its own form.',
  },
  form_tasks_changed: {
    fi: 'Vastuumatriisin ”{matrix}” tehtävät tai kirjaimet ovat muuttuneet lomakkeen viennin jälkeen. Vie toimijalle uusi lomake.',
    sv: 'Uppgifterna eller bokstäverna i ansvarsmatrisen ”{matrix}” har ändrats efter att blanketten exporterades. Exportera en ny blankett till aktören.',
    en: 'The tasks or letters of the matrix “{matrix}” changed after the form was exported. Export a new form for the actor.',
  },
  form_task_repeated: {
    fi: 'Tehtävä numero {number} on lomakkeella kahdesti eri vastauksin. Jätä siitä yksi rivi ja tuo lomake uudelleen.',
    sv: 'Uppgift nummer {number} finns två gånger på blanketten med olika svar. Lämna en rad kvar och importera blanketten igen.',
    en: 'Task number {number} appears twice on the form with different answers. Keep one row and import the form again.',
  },
  form_unknown_row: {
    fi: 'Lomakkeella on vastaus rivillä numero {number}, mutta lomakkeella ei ole sen numeroista tehtävää. Siirrä vastaus oikealle riville ja tuo lomake uudelleen.',
    sv: 'Blanketten har ett svar på rad nummer {number}, men blanketten har ingen uppgift med det numret. Flytta svaret till rätt rad och importera blanketten igen.',
    en: 'The form has an answer on row number {number}, but it has no task with that number. Move the answer to the right row and import the form again.',
  },
  form_no_answers: {
    fi: 'Lomakkeella ei ole yhtään uutta vastausta: merkitse ”x” hyväksymiesi tehtävien kohdalle tai kirjoita kommentti.',
    sv: 'Blanketten har inga nya svar: markera ”x” för de uppgifter ni godkänner eller skriv en kommentar.',
    en: 'The form holds no new answers: mark “x” on the tasks you agree with, or write a comment.',
  },
  form_actor_has_no_tasks: {
    fi: 'Toimijalla {actor} ei ole yhtään kirjainta tässä versiossa, joten sille ei ole lausuttavaa.',
    sv: 'Aktören {actor} har ingen bokstav i den här versionen och har därför inget att yttra sig om.',
    en: '{actor} holds no letter in this version, so it has nothing to review.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
