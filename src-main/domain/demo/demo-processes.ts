import type { LocalizedText } from '../../api/contract/common.js';
import type { ProcessDetail, ProcessNode, ProcessNodeKind } from '../../api/contract/processes.js';
import { createLegalReference } from '../processes/legal-reference-commands.js';
import { createProcess, setProcessStatus } from '../processes/process-commands.js';
import { createProcessEdge, updateProcessEdge } from '../processes/process-edge-commands.js';
import { createProcessGroup } from '../processes/process-group-commands.js';
import { createProcessNode, moveProcessNode, updateProcessNode } from '../processes/process-node-commands.js';
import type { NodeFields } from '../processes/process-rows.js';
import { createTargetGroup } from '../processes/target-group-commands.js';
import type { WriteContext } from '../shared/contexts.js';
import { type DemoLegalActs, populateDemoLegalActs } from './demo-legal-acts.js';

/**
 * The demo network's process map: the immigrant customer process under the Integration Act
 * 681/2023 (seeds [001], [002]; DEMO-FACTS §2), the placement of refugees in a municipality, and
 * a preparedness process only begun (seed [000] names it, nothing more). Built through the same
 * commands a user runs, so the demo is also a test of them.
 */

/** The actor keys the demo's processes need; municipalities are keyed `kunta-<short name>`. */
export const DEMO_PROCESS_ACTOR_KEYS = [
  'elinvoima-sisa-suomi',
  'ty-hameenlinna',
  'kunta-Hämeenlinna',
  'hyvinvointialue',
  'kela',
  'yhdistys',
  'vastaanottokeskus',
] as const;
type ActorKey = (typeof DEMO_PROCESS_ACTOR_KEYS)[number];

export interface DemoProcesses {
  mainProcessId: string;
  placementProcessId: string;
  preparednessProcessId: string;
  groupIds: { initial: string; plan: string; onward: string; preparedness: string };
  legalActs: DemoLegalActs;
}

const text = (fi: string, sv: string | null = null, en: string | null = null): LocalizedText => ({ fi, sv, en });

interface StepSpec {
  kind?: ProcessNodeKind;
  name: LocalizedText;
  performer?: ActorKey;
  statutory?: boolean;
  description?: string;
  inputs?: string;
  outputs?: string;
  targetGroup?: string;
  timeLimitDays?: number;
  timeLimitText?: LocalizedText;
  notes?: string;
}

/** Builds one process step by step, always from the latest card the commands returned. */
class DemoProcessBuilder {
  constructor(
    private readonly context: WriteContext,
    private readonly actorId: (key: ActorKey) => string,
    public detail: ProcessDetail,
  ) {}

  node(fi: string): ProcessNode {
    const found = this.detail.nodes.find((node) => node.name.fi === fi);
    if (!found) throw new Error(`Demo process has no node "${fi}"`);
    return found;
  }

  private fields(spec: StepSpec): NodeFields {
    const targetGroup = spec.targetGroup ? this.detail.targetGroups.find((group) => group.name.fi === spec.targetGroup) : undefined;
    if (spec.targetGroup && !targetGroup) throw new Error(`Demo process has no target group "${spec.targetGroup}"`);
    return {
      kind: spec.kind ?? 'step',
      name: spec.name,
      performerActorId: spec.performer ? this.actorId(spec.performer) : null,
      targetGroupId: targetGroup?.id ?? null,
      statutory: spec.statutory ?? false,
      description: spec.description ? text(spec.description) : null,
      inputs: spec.inputs ? text(spec.inputs) : null,
      outputs: spec.outputs ? text(spec.outputs) : null,
      timeLimitDays: spec.timeLimitDays ?? null,
      timeLimitText: spec.timeLimitText ?? null,
      notes: spec.notes ? text(spec.notes) : null,
    };
  }

  /** Into the flow right after a node (what followed it now follows the new one). */
  async after(afterFi: string, spec: StepSpec): Promise<void> {
    this.detail = await createProcessNode(this.context, this.detail.id, this.node(afterFi).id, this.fields(spec));
  }

  /** A branch of its own: drawn with `arrow`. */
  async branch(spec: StepSpec): Promise<void> {
    this.detail = await createProcessNode(this.context, this.detail.id, null, this.fields(spec));
  }

  async edit(fi: string, spec: StepSpec): Promise<void> {
    const node = this.node(fi);
    this.detail = await updateProcessNode(this.context, node.id, node.rowVersion, this.fields({ kind: node.kind, ...spec }));
  }

  async arrow(fromFi: string, toFi: string, label?: LocalizedText): Promise<void> {
    this.detail = await createProcessEdge(this.context, this.detail.id, this.node(fromFi).id, this.node(toFi).id, label);
  }

  async label(fromFi: string, toFi: string, label: LocalizedText): Promise<void> {
    const edge = this.detail.edges.find((each) => each.fromNodeId === this.node(fromFi).id && each.toNodeId === this.node(toFi).id)!;
    this.detail = await updateProcessEdge(this.context, edge.id, edge.rowVersion, label);
  }

  async targetGroup(name: LocalizedText): Promise<void> {
    this.detail = await createTargetGroup(this.context, this.detail.id, name);
  }

  async cite(fi: string | null, actId: string, section: string | null = null, note: string | null = null): Promise<void> {
    this.detail = await createLegalReference(this.context, { processId: this.detail.id, nodeId: fi ? this.node(fi).id : null, actId, section, note });
  }

  /** The list (and Word) order; the arrows stay. */
  async order(names: readonly string[]): Promise<void> {
    for (const [position, fi] of names.entries()) {
      const node = this.node(fi);
      if (node.sortOrder !== position) this.detail = await moveProcessNode(this.context, node.id, node.rowVersion, position);
    }
  }
}

export async function populateDemoProcesses(context: WriteContext, actorIdsByKey: ReadonlyMap<string, string>): Promise<DemoProcesses> {
  const missing = DEMO_PROCESS_ACTOR_KEYS.filter((key) => !actorIdsByKey.has(key));
  if (missing.length > 0) throw new Error(`populateDemoProcesses needs the actors ${missing.join(', ')}`);
  const actorId = (key: ActorKey) => actorIdsByKey.get(key)!;

  const legalActs = await populateDemoLegalActs(context);
  const initial = await createProcessGroup(context, text('Alkuvaihe', 'Inledande skede', 'Initial phase'));
  const plan = await createProcessGroup(context, text('Kotoutumissuunnitelmavaihe', 'Integrationsplansskede', 'Integration plan phase'));
  const onward = await createProcessGroup(context, text('Jatko-ohjaus', 'Fortsatt vägledning', 'Onward referral'));
  const preparedness = await createProcessGroup(context, text('Varautuminen', 'Beredskap', 'Preparedness'));

  const mainProcessId = await buildCustomerProcess(context, actorId, plan.id, legalActs);
  const placementProcessId = await buildPlacementProcess(context, actorId, initial.id, legalActs);
  const preparednessProcess = await createProcess(context, {
    name: text('Laajamittaiseen maahantuloon varautuminen', 'Beredskap för massinvandring', 'Preparedness for large-scale arrival'),
    groupId: preparedness.id,
    ownerActorId: actorId('elinvoima-sisa-suomi'),
    purpose: text('Laajamittaisen maahantulon varautumissuunnitelma laaditaan yhdessä alueen varautumisasioiden valmistelun kanssa.'),
    notes: text('Kuvaus on vasta aloitettu: tehtävät, toimijat ja valmiustasot sovitaan verkostossa.'),
  });

  return {
    mainProcessId,
    placementProcessId,
    preparednessProcessId: preparednessProcess.id,
    groupIds: { initial: initial.id, plan: plan.id, onward: onward.id, preparedness: preparedness.id },
    legalActs,
  };
}

const JOB_SEEKERS = 'Työnhakijat';
const OUTSIDE_LABOUR_FORCE = 'Työvoiman ulkopuolella olevat (esim. kotihoidon tuella olevat vanhemmat)';
const PLAN_TIME_LIMIT = text(
  'Ensimmäinen suunnitelma 3 vuoden kuluessa ensimmäisen oleskeluluvan tai -kortin myöntämisestä tai oleskeluoikeuden rekisteröinnistä; kesto enintään 3 vuotta, erityisin perustein jatkettavissa 2 vuodella.',
  'Den första planen inom 3 år från det första uppehållstillståndet eller -kortet eller registreringen av uppehållsrätten; högst 3 år, kan av särskilda skäl förlängas med 2 år.',
  'The first plan within 3 years of the first residence permit or card or the registration of the right of residence; at most 3 years, extendable by 2 years on special grounds.',
);
const PLAN_TIME_LIMIT_NOTE = 'Aikarajat ovat verkoston aiemman mallin mukaiset; 681/2023 lyhensi suunnitelman enimmäiskestoa, joten tarkistakaa ne.';

async function buildCustomerProcess(context: WriteContext, actorId: (key: ActorKey) => string, groupId: string, acts: DemoLegalActs): Promise<string> {
  const created = await createProcess(context, {
    name: text('Maahanmuuttaja-asiakkaan kotoutumisprosessi', 'Integrationsprocessen för invandrarkunder', 'Integration process of an immigrant client'),
    groupId,
    ownerActorId: actorId('kunta-Hämeenlinna'),
    purpose: text(
      'Kuvata, miten alueen toimijat yhdessä vievät maahanmuuttaneen asiakkaan ohjauksesta ja neuvonnasta palvelutarpeen arvioinnin, kotoutumissuunnitelman ja palvelujen kautta jatko-ohjaukseen ilman katkoksia.',
      null,
      'To describe how the region’s actors together take an immigrant client from guidance and counselling through the assessment, the integration plan and services to onward referral without breaks.',
    ),
    startEvent: text('Asiakas on muuttanut kuntaan ja hänellä on oleskelulupa, oleskelukortti tai rekisteröity oleskeluoikeus.'),
    endEvent: text('Kotoutumisohjelma päättyy ja asiakas on ohjattu työelämään, koulutukseen tai yleisiin palveluihin.'),
    inputs: text('Asiakkaan yhteydenotto tai ohjaus toiselta viranomaiselta; oleskelulupatiedot.'),
    outputs: text('Osaamisen ja kotoutumisen palvelutarpeen arvio, kotoutumissuunnitelma, palvelupolku ja jatko-ohjaus.'),
    timeLimits: text('Aikarajat on kirjattu vaiheisiin (ks. kotoutumissuunnitelma).'),
    indicators: text(
      'Arviointien määrä; arvioinnista kieltäytyneiden määrä, tausta ja syyt; kanava, jonka kautta asiakas tavoitettiin; työmarkkina-aseman muutokset; asiakkaiden kokemuskysely.',
    ),
    informationSystems: text('Koto-digi; työllisyysalueen asiakastietojärjestelmä; hyvinvointialueen asiakastietojärjestelmä.'),
    notes: text('Esimerkkiaineisto: kuvaus on laadittu verkoston työpajoissa, eikä se ole minkään organisaation virallinen päätös.'),
  });
  const process = new DemoProcessBuilder(context, actorId, created);
  await process.targetGroup(text(JOB_SEEKERS, 'Arbetssökande', 'Job seekers'));
  await process.targetGroup(
    text(OUTSIDE_LABOUR_FORCE, 'Personer utanför arbetskraften (t.ex. föräldrar med hemvårdsstöd)', 'People outside the labour force (e.g. parents on child home care allowance)'),
  );

  await process.edit('Alku', { name: text('Asiakas muuttaa kuntaan', 'Kunden flyttar till kommunen', 'The client moves to the municipality') });
  await process.edit('Loppu', { name: text('Kotoutumisohjelma päättyy', 'Integrationsprogrammet avslutas', 'The integration programme ends') });

  // The trunk first: each step into the flow right after the one before it.
  await process.after('Asiakas muuttaa kuntaan', {
    name: text('Ohjaus ja neuvonta', 'Vägledning och rådgivning', 'Guidance and counselling'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    description: 'Asiakas saa tietoa suomalaisesta yhteiskunnasta, palveluista ja kotoutumisohjelmasta omalla kielellään tai tulkin avulla.',
    outputs: 'Asiakas tietää palvelut ja seuraavan askeleen.',
  });
  await process.after('Ohjaus ja neuvonta', {
    name: text('Osaamisen ja kotoutumisen palvelutarpeen arviointi', 'Bedömning av kompetens och integrationsservicebehov', 'Assessment of competence and integration service needs'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    description: 'Kartoitetaan asiakkaan osaaminen, kielitaito, koulutus ja työhistoria sekä tuen tarpeet laaja-alaisesti.',
    outputs: 'Arvio palvelutarpeesta ja tieto siitä, tarvitaanko kotoutumissuunnitelma.',
    notes: 'Korvasi 1.1.2025 alkaen aiemman alkukartoituksen.',
  });
  await process.after('Osaamisen ja kotoutumisen palvelutarpeen arviointi', {
    kind: 'decision',
    name: text('Onko asiakas työnhakija?', 'Är kunden arbetssökande?', 'Is the client a job seeker?'),
    performer: 'kunta-Hämeenlinna',
  });
  await process.after('Onko asiakas työnhakija?', {
    name: text('Kotoutumissuunnitelma (työnhakijat)', 'Integrationsplan (arbetssökande)', 'Integration plan (job seekers)'),
    performer: 'ty-hameenlinna',
    statutory: true,
    targetGroup: JOB_SEEKERS,
    description: 'Työvoimaviranomainen laatii suunnitelman yhdessä asiakkaan kanssa: tavoitteet, kielikoulutus ja työllistymistä edistävät palvelut.',
    outputs: 'Kotoutumissuunnitelma.',
    timeLimitText: PLAN_TIME_LIMIT,
    notes: PLAN_TIME_LIMIT_NOTE,
  });
  await process.after('Kotoutumissuunnitelma (työnhakijat)', {
    name: text('Kotoutumiskoulutus ja muut palvelut', 'Integrationsutbildning och andra tjänster', 'Integration training and other services'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    description:
      'Kunnan kotoutumisohjelman palvelut: kotoutumiskoulutus, monikielinen yhteiskuntaorientaatio ja muut suunnitelman palvelut. Työnhakijoiden koulutuksen järjestää työvoimaviranomainen.',
  });
  await process.after('Kotoutumiskoulutus ja muut palvelut', {
    name: text('Suunnitelman toteutumisen seuranta', 'Uppföljning av planen', 'Follow-up of the plan'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    description: 'Suunnitelman tavoitteiden toteutumista seurataan säännöllisesti ja suunnitelmaa päivitetään tarvittaessa.',
  });
  await process.after('Suunnitelman toteutumisen seuranta', {
    name: text('Jatko-ohjaus', 'Fortsatt vägledning', 'Onward referral'),
    performer: 'ty-hameenlinna',
    statutory: true,
    description: 'Asiakas ohjataan työelämään, tutkintoon johtavaan koulutukseen tai yleisiin palveluihin; työvoimaan siirtyvä ohjataan työllisyysalueen palveluihin.',
    outputs: 'Asiakkaalla on seuraava palvelu tai työ.',
  });

  // The other branch and the parallel services.
  await process.branch({
    name: text('Kotoutumissuunnitelma (työvoiman ulkopuolella olevat)', 'Integrationsplan (personer utanför arbetskraften)', 'Integration plan (people outside the labour force)'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    targetGroup: OUTSIDE_LABOUR_FORCE,
    description: 'Kunta laatii suunnitelman asiakkaalle, joka ei ole työnhakija, esimerkiksi kotihoidon tuella olevalle vanhemmalle.',
    outputs: 'Kotoutumissuunnitelma.',
    timeLimitText: PLAN_TIME_LIMIT,
    notes: PLAN_TIME_LIMIT_NOTE,
  });
  await process.branch({
    name: text('Etuudet suunnitelman ajalta', 'Förmåner under planen', 'Benefits during the plan'),
    performer: 'kela',
    statutory: true,
    description: 'Kela käsittelee suunnitelman ajan etuudet, kuten työttömyysetuuden tai perustoimeentulotuen.',
  });
  await process.branch({
    name: text('Sosiaali- ja terveyspalvelut tarpeen mukaan', 'Social- och hälsovårdstjänster vid behov', 'Social and health services as needed'),
    performer: 'hyvinvointialue',
    statutory: true,
    description: 'Hyvinvointialue järjestää suunnitelmassa todetut sosiaali- ja terveyspalvelut.',
  });
  await process.branch({
    name: text('Vertaistuki ja järjestötoiminta', 'Kamratstöd och föreningsverksamhet', 'Peer support and NGO activities'),
    performer: 'yhdistys',
    description: 'Järjestöt tarjoavat vertaistukea, kielikahviloita ja tutustumista järjestötoimintaan.',
  });
  await process.branch({
    name: text('Alueellinen seuranta ja kehittäminen', 'Regional uppföljning och utveckling', 'Regional monitoring and development'),
    performer: 'elinvoima-sisa-suomi',
    description: 'Elinvoimakeskus kokoaa seurantatiedot verkoston käsiteltäviksi ja kehittää palveluketjua yhdessä kuntien kanssa.',
  });

  const decision = 'Onko asiakas työnhakija?';
  const otherPlan = 'Kotoutumissuunnitelma (työvoiman ulkopuolella olevat)';
  await process.label(decision, 'Kotoutumissuunnitelma (työnhakijat)', text('työnhakija', 'arbetssökande', 'job seeker'));
  await process.arrow(decision, otherPlan, text('ei työnhakija', 'inte arbetssökande', 'not a job seeker'));
  await process.arrow(otherPlan, 'Kotoutumiskoulutus ja muut palvelut');
  await process.arrow('Kotoutumissuunnitelma (työnhakijat)', 'Etuudet suunnitelman ajalta');
  await process.arrow(otherPlan, 'Etuudet suunnitelman ajalta');
  await process.arrow(otherPlan, 'Sosiaali- ja terveyspalvelut tarpeen mukaan');
  await process.arrow('Kotoutumiskoulutus ja muut palvelut', 'Vertaistuki ja järjestötoiminta');
  for (const service of ['Etuudet suunnitelman ajalta', 'Sosiaali- ja terveyspalvelut tarpeen mukaan', 'Vertaistuki ja järjestötoiminta']) {
    await process.arrow(service, 'Suunnitelman toteutumisen seuranta');
  }
  await process.arrow('Suunnitelman toteutumisen seuranta', 'Alueellinen seuranta ja kehittäminen');
  await process.arrow('Alueellinen seuranta ja kehittäminen', 'Kotoutumisohjelma päättyy');

  await process.order([
    'Asiakas muuttaa kuntaan',
    'Ohjaus ja neuvonta',
    'Osaamisen ja kotoutumisen palvelutarpeen arviointi',
    decision,
    'Kotoutumissuunnitelma (työnhakijat)',
    otherPlan,
    'Kotoutumiskoulutus ja muut palvelut',
    'Etuudet suunnitelman ajalta',
    'Sosiaali- ja terveyspalvelut tarpeen mukaan',
    'Vertaistuki ja järjestötoiminta',
    'Suunnitelman toteutumisen seuranta',
    'Jatko-ohjaus',
    'Alueellinen seuranta ja kehittäminen',
    'Kotoutumisohjelma päättyy',
  ]);

  // Legal basis. Sections are cited only where certain; the act alone otherwise.
  await process.cite(null, acts.integrationAct, '13 §', 'Kunnan kotoutumisohjelma');
  await process.cite('Ohjaus ja neuvonta', acts.integrationAct);
  await process.cite('Osaamisen ja kotoutumisen palvelutarpeen arviointi', acts.integrationAct, null, 'Korvasi alkukartoituksen (1386/2010).');
  await process.cite('Kotoutumissuunnitelma (työnhakijat)', acts.integrationAct);
  await process.cite('Kotoutumissuunnitelma (työnhakijat)', acts.employmentServicesAct);
  // Deliberately left citing the repealed act, as a real description often is: the app flags it.
  await process.cite(otherPlan, acts.oldIntegrationAct, null, 'Viittaus vanhaan lakiin – päivitettävä.');
  await process.cite('Kotoutumiskoulutus ja muut palvelut', acts.integrationAct);
  await process.cite('Sosiaali- ja terveyspalvelut tarpeen mukaan', acts.socialWelfareAct);
  await process.cite('Jatko-ohjaus', acts.integrationAct);

  let detail = await setProcessStatus(context, process.detail.id, process.detail.rowVersion, 'in_review');
  detail = await setProcessStatus(context, detail.id, detail.rowVersion, 'approved');
  return detail.id;
}

async function buildPlacementProcess(context: WriteContext, actorId: (key: ActorKey) => string, groupId: string, acts: DemoLegalActs): Promise<string> {
  const created = await createProcess(context, {
    name: text('Kuntaan osoittaminen ja vastaanotto', 'Anvisning till kommun och mottagande', 'Placement in a municipality and reception'),
    groupId,
    ownerActorId: actorId('elinvoima-sisa-suomi'),
    purpose: text('Kansainvälistä suojelua saava asiakas saa kuntapaikan ja hallitun alun uudessa kotikunnassa.'),
    startEvent: text('Vastaanottokeskuksen asiakkaalle on myönnetty oleskelulupa.'),
    endEvent: text('Asiakas on muuttanut kuntaan ja ohjattu kotoutumisprosessiin.'),
  });
  const process = new DemoProcessBuilder(context, actorId, created);
  await process.edit('Alku', { name: text('Oleskelulupa myönnetty', 'Uppehållstillstånd beviljat', 'Residence permit granted') });
  await process.edit('Loppu', { name: text('Asiakas ohjataan kotoutumisprosessiin', 'Kunden hänvisas till integrationsprocessen', 'The client is referred to the integration process') });
  await process.after('Oleskelulupa myönnetty', {
    name: text('Kuntaan osoittaminen', 'Anvisning till kommun', 'Placement in a municipality'),
    performer: 'elinvoima-sisa-suomi',
    statutory: true,
    description: 'Elinvoimakeskus neuvottelee kuntapaikoista ja osoittaa asiakkaan kuntaan.',
  });
  await process.after('Kuntaan osoittaminen', {
    name: text('Muuton valmistelu ja tietojen siirto', 'Förberedelse av flytten och överföring av uppgifter', 'Preparing the move and passing on information'),
    performer: 'vastaanottokeskus',
    description: 'Vastaanottokeskus valmistelee muuton yhdessä asiakkaan kanssa ja siirtää tarvittavat tiedot asiakkaan suostumuksella.',
  });
  await process.after('Muuton valmistelu ja tietojen siirto', {
    name: text('Vastaanotto kunnassa', 'Mottagande i kommunen', 'Reception in the municipality'),
    performer: 'kunta-Hämeenlinna',
    statutory: true,
    description: 'Kunta järjestää asunnon ja ensimmäiset tapaamiset.',
  });
  await process.after('Vastaanotto kunnassa', {
    name: text('Alkuvaiheen sosiaalipalvelut', 'Socialtjänster i början', 'Social services at the start'),
    performer: 'hyvinvointialue',
    statutory: true,
  });
  await process.cite('Kuntaan osoittaminen', acts.integrationAct);
  await process.cite('Alkuvaiheen sosiaalipalvelut', acts.socialWelfareAct);
  return process.detail.id;
}
