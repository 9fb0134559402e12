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
  upload_empty: {
    fi: 'Tiedosto on tyhjä (0 tavua). Valitse tallennettu lomake tai Excel-tiedosto uudelleen.',
    sv: 'Filen är tom (0 byte). Välj den sparade blanketten eller Excel-filen på nytt.',
    en: 'The file is empty (0 bytes). Choose the saved form or Excel file again.',
  },
  upload_damaged: {
    fi: 'Tiedosto ei tullut perille ehjänä. Valitse se uudelleen; mitään ei tallennettu.',
    sv: 'Filen kom inte fram oskadd. Välj den på nytt; inget sparades.',
    en: 'The file did not arrive intact. Choose it again; nothing was saved.',
  },
  upload_too_large_unpacked: {
    fi: 'Tiedosto purkautuu liian suureksi (yli {limit} Mt tai yli {entries} osaa), joten sitä ei luettu. Lomake tai vastuumatriisi on tätä paljon pienempi; tarkista, että valitsit oikean tiedoston.',
    sv: 'Filen packas upp till för mycket data (över {limit} MB eller över {entries} delar), så den lästes inte. En blankett eller ansvarsmatris är mycket mindre; kontrollera att du valde rätt fil.',
    en: 'The file unpacks to too much data (over {limit} MB or over {entries} parts), so it was not read. A form or matrix is far smaller; check that you chose the right file.',
  },
  upload_unsafe_xml: {
    fi: 'Tiedostossa on XML-määrittelyjä (DOCTYPE), joita Word ja Excel eivät tallenna, joten sitä ei luettu. Tallenna tiedosto Wordissa tai Excelissä ja yritä uudelleen.',
    sv: 'Filen innehåller XML-definitioner (DOCTYPE) som Word och Excel inte sparar, så den lästes inte. Spara filen i Word eller Excel och försök igen.',
    en: 'The file holds XML declarations (DOCTYPE) that Word and Excel never write, so it was not read. Save the file in Word or Excel and try again.',
  },
  workbook_is_word_document: {
    fi: 'Tiedosto on Word-asiakirja, ei Excel-työkirja. Jos se on jäsenen täyttämä lausuntolomake, tuo se lausuntolomakkeena.',
    sv: 'Filen är ett Word-dokument, inte en Excel-arbetsbok. Om det är en ifylld remissblankett, importera den som remissblankett.',
    en: 'The file is a Word document, not an Excel workbook. If it is a member’s filled review form, import it as a review form.',
  },
  workbook_is_review_form: {
    fi: 'Tiedosto on jäsenen lausuntolomake, ei vastuumatriisi. Tuo se lausuntolomakkeena lausuntovaiheessa olevaan versioon.',
    sv: 'Filen är en medlems remissblankett, inte en ansvarsmatris. Importera den som remissblankett till versionen på remiss.',
    en: 'The file is a member’s review form, not a matrix. Import it as a review form into the version in review.',
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
  form_rows_not_actors: {
    fi: 'Lomakkeen rivit eivät ole toimijan {actor} tehtävät vastuumatriisin ”{matrix}” versiossa {formVersion}: lomakkeen tunnistetietoja on muutettu. Mitään ei tallennettu; vie toimijalle uusi lomake.',
    sv: 'Blankettens rader är inte aktörens {actor} uppgifter i version {formVersion} av ansvarsmatrisen ”{matrix}”: blankettens identifieringsuppgifter har ändrats. Inget sparades; exportera en ny blankett till aktören.',
    en: 'The form’s rows are not the tasks of {actor} in version {formVersion} of the matrix “{matrix}”: its identifying details were changed. Nothing was saved; export a new form for the actor.',
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
