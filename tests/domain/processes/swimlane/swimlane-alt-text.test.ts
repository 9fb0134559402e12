import { describe, expect, it } from 'vitest';
import { describeSwimlane } from '../../../../src-main/domain/processes/swimlane/swimlane-alt-text.js';
import { CUSTOMER_PROCESS } from './customer-process.js';

describe('describeSwimlane', () => {
  it('summarises the chart in Finnish, Swedish and English', () => {
    expect(describeSwimlane(CUSTOMER_PROCESS, 'fi').summary).toBe(
      'Uimaratakaavio: 8 toimijaa, 13 vaihetta, 2 päätöskohtaa. Alkaa: Oleskelulupa myönnetty. Päättyy: Kotoutumispalvelut päättyvät.',
    );
    expect(describeSwimlane(CUSTOMER_PROCESS, 'sv').summary).toMatch(/^Simbanediagram: 8 aktörer, 13 steg, 2 beslutspunkter\./);
    expect(describeSwimlane(CUSTOMER_PROCESS, 'en').summary).toMatch(/^Swimlane chart: 8 actors, 13 steps, 2 decision points\./);
  });

  it('lists each actor’s steps in process order with where they lead and on what condition', () => {
    const description = describeSwimlane(CUSTOMER_PROCESS, 'fi');
    const kunta = description.lanes.find((lane) => lane.label === 'Kunta')!;
    expect(kunta.steps.map((step) => step.label)).toEqual([
      'Ohjaus ja neuvonta',
      'Onko asiakas työnhakija?',
      'Osaamisen ja kotoutumisen palvelutarpeen arviointi',
      'Kotoutumissuunnitelma',
      'Suunnitelman toteutumisen seuranta',
      'Tavoitteet saavutettu?',
    ]);
    const decision = kunta.steps[1]!;
    expect(decision.next).toEqual([
      { label: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi', lane: 'Työllisyysalue (työvoimaviranomainen)', condition: 'työnhakija' },
      { label: 'Osaamisen ja kotoutumisen palvelutarpeen arviointi', lane: 'Kunta', condition: 'ei työnhakija' },
    ]);
    expect(description.text).toContain('Onko asiakas työnhakija? (päätöskohta) → seuraavaksi: jos työnhakija: ');
    expect(description.text.split('\n')[0]).toBe(CUSTOMER_PROCESS.title);
  });

  it('says so when an actor has no steps', () => {
    const text = describeSwimlane({ ...CUSTOMER_PROCESS, lanes: [...CUSTOMER_PROCESS.lanes, { id: 'tyhja', label: 'Seurakunta' }] }, 'en').text;
    expect(text).toContain('Seurakunta:\n  – no steps');
  });
});
