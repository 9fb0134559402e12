import type { Locale } from '../locales.js';

/** Errors of process descriptions, in Finnish, Swedish and English. */
export const processErrorMessages = {
  process_node_not_in_process: {
    fi: 'Vaihe ei kuulu tähän prosessiin.',
    sv: 'Steget hör inte till den här processen.',
    en: 'The step does not belong to this process.',
  },
  legal_act_number_invalid: {
    fi: 'Säädöksen numero muodossa numero/vuosi, esim. 681/2023.',
    sv: 'Författningens nummer i formen nummer/år, t.ex. 681/2023.',
    en: 'The act’s number as number/year, e.g. 681/2023.',
  },
  legal_act_number_exists: {
    fi: 'Säädös {number} on jo lisätty. Muokkaa olemassa olevaa säädöstä.',
    sv: 'Författningen {number} finns redan. Redigera den befintliga.',
    en: 'The act {number} has already been added. Edit the existing one.',
  },
  legal_act_replaced_by_self: {
    fi: 'Säädös ei voi korvata itseään.',
    sv: 'En författning kan inte ersätta sig själv.',
    en: 'An act cannot replace itself.',
  },
  legal_reference_exists: {
    fi: 'Tämä säädöksen kohta on jo viitattu tässä.',
    sv: 'Denna paragraf är redan hänvisad här.',
    en: 'This section of the act is already cited here.',
  },
  target_group_not_in_process: {
    fi: 'Asiakasryhmä kuuluu toiseen prosessiin.',
    sv: 'Målgruppen hör till en annan process.',
    en: 'The target group belongs to another process.',
  },
  process_start_exists: {
    fi: 'Prosessilla on jo alku. Lisää vaihe tai päätöskohta.',
    sv: 'Processen har redan en start. Lägg till ett steg eller en beslutspunkt.',
    en: 'The process already has a start. Add a step or a decision point.',
  },
  process_node_kind_fixed: {
    fi: 'Alun tai lopun lajia ei voi vaihtaa, eikä vaiheesta voi tehdä alkua tai loppua.',
    sv: 'Start eller slut kan inte byta typ, och ett steg kan inte bli start eller slut.',
    en: 'A start or end cannot change its kind, and a step cannot become a start or an end.',
  },
  process_node_required: {
    fi: 'Prosessin alkua tai sen ainoaa loppua ei voi poistaa.',
    sv: 'Processens start eller dess enda slut kan inte tas bort.',
    en: 'The start of a process, or its only end, cannot be deleted.',
  },
  process_node_not_deleted: {
    fi: 'Vaihetta ei ole poistettu, joten poistoa ei voi perua.',
    sv: 'Steget har inte tagits bort, så borttagningen kan inte ångras.',
    en: 'The step has not been deleted, so there is nothing to undo.',
  },
  process_edge_self_loop: {
    fi: 'Nuoli ei voi johtaa vaiheesta itseensä.',
    sv: 'En pil kan inte leda från ett steg till sig självt.',
    en: 'An arrow cannot lead from a step to itself.',
  },
  process_edge_exists: {
    fi: 'Näiden vaiheiden välillä on jo nuoli.',
    sv: 'Det finns redan en pil mellan dessa steg.',
    en: 'There is already an arrow between these steps.',
  },
  process_edge_direction: {
    fi: 'Lopusta ei voi jatkaa eikä alkuun voi palata: nuoli ei voi lähteä lopusta eikä päättyä alkuun.',
    sv: 'Inget kan följa efter slutet och inget kan leda till starten.',
    en: 'Nothing can follow an end, and nothing can lead into the start.',
  },
  process_group_not_empty: {
    fi: 'Ryhmässä on prosesseja ({count}). Siirrä ne ensin toiseen ryhmään.',
    sv: 'Gruppen innehåller processer ({count}). Flytta dem först till en annan grupp.',
    en: 'The group holds processes ({count}). Move them to another group first.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
