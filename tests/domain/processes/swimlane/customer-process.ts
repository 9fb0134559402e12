import type { SwimlaneModel } from '../../../../src-main/domain/processes/swimlane/swimlane-model.js';

/**
 * The immigrant customer process under the Integration Act (681/2023) as a swimlane chart:
 * after guidance the path splits at once, job seekers to the employment authority and others to
 * the municipality; follow-up may send the client back to update the plan.
 */
export const CUSTOMER_PROCESS: SwimlaneModel = {
  title: 'Maahanmuuttaneen asiakasprosessi (kotoutumislaki 681/2023)',
  lanes: [
    { id: 'tyo', label: 'Työllisyysalue (työvoimaviranomainen)' },
    { id: 'kunta', label: 'Kunta' },
    { id: 'hva', label: 'Hyvinvointialue' },
    { id: 'kela', label: 'Kela' },
    { id: 'oppilaitos', label: 'Oppilaitos' },
    { id: 'jarjesto', label: 'Järjestö' },
    { id: 'elinvoima', label: 'Elinvoimakeskus' },
    { id: 'vok', label: 'Vastaanottokeskus' },
  ],
  nodes: [
    { id: 'alku', kind: 'start', laneId: 'vok', label: 'Oleskelulupa myönnetty' },
    { id: 'kuntapaikka', kind: 'step', laneId: 'elinvoima', label: 'Kuntaan osoittaminen' },
    { id: 'muutto', kind: 'step', laneId: 'vok', label: 'Muutto kuntaan ja tietojen siirto' },
    { id: 'ohjaus', kind: 'step', laneId: 'kunta', label: 'Ohjaus ja neuvonta' },
    { id: 'tyonhakija', kind: 'decision', laneId: 'kunta', label: 'Onko asiakas työnhakija?' },
    { id: 'arviointi-tyo', kind: 'step', laneId: 'tyo', label: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi' },
    { id: 'arviointi-kunta', kind: 'step', laneId: 'kunta', label: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi' },
    { id: 'suunnitelma-tyo', kind: 'step', laneId: 'tyo', label: 'Kotoutumissuunnitelma' },
    { id: 'suunnitelma-kunta', kind: 'step', laneId: 'kunta', label: 'Kotoutumissuunnitelma' },
    { id: 'tuki', kind: 'step', laneId: 'kela', label: 'Työmarkkinatuki koulutuksen ajalta' },
    { id: 'koulutus', kind: 'step', laneId: 'oppilaitos', label: 'Kotoutumiskoulutus' },
    { id: 'sote', kind: 'step', laneId: 'hva', label: 'Sosiaali- ja terveyspalvelut' },
    { id: 'jarjesto', kind: 'step', laneId: 'jarjesto', label: 'Vertaistuki ja järjestöjen toiminta' },
    { id: 'seuranta', kind: 'step', laneId: 'kunta', label: 'Suunnitelman toteutumisen seuranta' },
    { id: 'tavoitteet', kind: 'decision', laneId: 'kunta', label: 'Tavoitteet saavutettu?' },
    { id: 'jatko', kind: 'step', laneId: 'tyo', label: 'Jatko-ohjaus muihin palveluihin' },
    { id: 'loppu', kind: 'end', laneId: 'tyo', label: 'Kotoutumispalvelut päättyvät' },
  ],
  edges: [
    { from: 'alku', to: 'kuntapaikka' },
    { from: 'kuntapaikka', to: 'muutto' },
    { from: 'muutto', to: 'ohjaus' },
    { from: 'ohjaus', to: 'tyonhakija' },
    { from: 'tyonhakija', to: 'arviointi-tyo', label: 'työnhakija' },
    { from: 'tyonhakija', to: 'arviointi-kunta', label: 'ei työnhakija' },
    { from: 'arviointi-tyo', to: 'suunnitelma-tyo' },
    { from: 'arviointi-kunta', to: 'suunnitelma-kunta' },
    { from: 'suunnitelma-tyo', to: 'koulutus' },
    { from: 'suunnitelma-tyo', to: 'tuki' },
    { from: 'suunnitelma-kunta', to: 'koulutus' },
    { from: 'suunnitelma-kunta', to: 'sote' },
    { from: 'suunnitelma-kunta', to: 'jarjesto' },
    { from: 'koulutus', to: 'seuranta' },
    { from: 'tuki', to: 'seuranta' },
    { from: 'sote', to: 'seuranta' },
    { from: 'jarjesto', to: 'seuranta' },
    { from: 'seuranta', to: 'tavoitteet' },
    { from: 'tavoitteet', to: 'jatko', label: 'kyllä' },
    { from: 'tavoitteet', to: 'suunnitelma-kunta', label: 'ei: päivitetään' },
    { from: 'jatko', to: 'loppu' },
  ],
};
