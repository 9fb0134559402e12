import { EMPTY_TEMPLATE } from '../../../src-main/export/document-settings.js';
import type { AnnualReportModel } from '../../../src-main/export/annual-report/annual-report-model.js';
import type { Locale } from '../../../src-main/i18n/locales.js';

/** A hand-made year of a small network: two meetings held, one cancelled, a goal with two actions. */
export function sampleAnnualReport(locale: Locale = 'fi', isDemo = false): AnnualReportModel {
  return {
    locale,
    year: 2026,
    date: '2026-11-23',
    network: { name: 'Kanta-Hämeen kotoutumisverkosto', isDemo },
    template: { ...EMPTY_TEMPLATE, organisationName: 'Hämeenlinnan kaupunki', caseNumber: 'HML/123/2026' },
    meetings: [
      { number: '1/2026', date: '2026-02-10', title: 'Kevään aloituskokous', kind: 'network_meeting', workingGroup: null, present: 9 },
      { number: '2/2026', date: '2026-05-19', title: 'Palvelutarjottimen työpaja', kind: 'workshop', workingGroup: 'Palvelutarjotin-työryhmä', present: 6 },
    ],
    cancelledCount: 1,
    attendance: [
      { organisation: 'Hämeenlinnan kaupunki', meetings: 2, persons: 5 },
      { organisation: 'Hämeen TE-palvelut', meetings: 1, persons: 1 },
    ],
    decisions: [
      {
        meetingNumber: '1/2026',
        meetingDate: '2026-02-10',
        meetingTitle: 'Kevään aloituskokous',
        decisions: [
          { section: '4 §', itemTitle: 'Vastuumatriisi v2', text: 'Verkosto hyväksyi vastuumatriisin version 2.' },
          { section: '5 §', itemTitle: 'Vuoden toimintasuunnitelma', text: 'Toimintasuunnitelma hyväksyttiin esitetyn mukaisesti.' },
        ],
      },
    ],
    goals: [
      {
        name: 'Asiakas löytää oikean palvelun',
        periodFrom: '2026-01-01',
        periodTo: '2027-12-31',
        actions: [
          {
            name: 'Palvelutarjottimen päivitys',
            status: 'ongoing',
            actors: ['Hämeenlinnan kaupunki', 'Hämeen TE-palvelut'],
            scheduleFrom: '2026-03-01',
            scheduleTo: '2026-12-31',
            scheduleText: null,
            indicator: 'Tarjotin päivitetty kahdesti vuodessa',
            openItems: 2,
            doneItems: 3,
          },
          { name: 'Yhteinen asiakasohjauksen koulutus', status: 'planned', actors: [], scheduleFrom: null, scheduleTo: null, scheduleText: 'syksy 2027', indicator: null, openItems: 0, doneItems: 0 },
        ],
      },
    ],
    actionItems: { made: 7, done: 3, dropped: 1, open: 3, overdue: 1 },
    matrices: {
      approved: [{ matrixName: 'Maahanmuuttajan asiakasprosessi', versionNumber: 2, approvedOn: '2026-02-10', reference: 'Kotoutumisverkoston kokous 1/2026, 4 §' }],
      accepted: [
        { matrixName: 'Maahanmuuttajan asiakasprosessi', versionNumber: 2, organisation: 'Hämeen TE-palvelut', acceptedOn: '2026-03-02', body: 'Johtoryhmä', section: '7 §' },
      ],
    },
  };
}
