import type { LocalizedText } from '../../api/contract/common.js';
import { createLegalAct, updateLegalAct } from '../processes/legal-act-commands.js';
import type { WriteContext } from '../shared/contexts.js';

/**
 * The acts the demo's processes cite. The Integration Act 681/2023 replaced 1386/2010 on
 * 1 January 2025, so a step still citing the old act is flagged; time limits stay data on the steps.
 */
export interface DemoLegalActs {
  integrationAct: string;
  oldIntegrationAct: string;
  employmentServicesAct: string;
  socialWelfareAct: string;
}

const INTEGRATION_ACT_NAME: LocalizedText = {
  fi: 'Laki kotoutumisen edistämisestä',
  sv: 'Lag om främjande av integration',
  en: 'Act on the Promotion of Integration',
};

export async function populateDemoLegalActs(context: WriteContext): Promise<DemoLegalActs> {
  const integrationAct = await createLegalAct(context, { number: '681/2023', name: INTEGRATION_ACT_NAME, inForceFrom: '2025-01-01', repealedOn: null });
  // Added first as the network had it, then marked repealed: the history shows in the change log.
  const old = await createLegalAct(context, {
    number: '1386/2010',
    name: { ...INTEGRATION_ACT_NAME, en: 'Act on the Promotion of Immigrant Integration' },
    inForceFrom: '2011-09-01',
    repealedOn: null,
  });
  await updateLegalAct(context, old.id, old.rowVersion, {
    number: old.number,
    name: old.name,
    inForceFrom: old.inForceFrom,
    repealedOn: '2025-01-01',
    replacedByActId: integrationAct.id,
  });
  const employmentServicesAct = await createLegalAct(context, {
    number: '380/2023',
    name: { fi: 'Laki työvoimapalvelujen järjestämisestä', sv: 'Lag om ordnandet av arbetskraftsservice', en: 'Act on the Organisation of Employment Services' },
    inForceFrom: '2025-01-01',
    repealedOn: null,
  });
  const socialWelfareAct = await createLegalAct(context, {
    number: '1301/2014',
    name: { fi: 'Sosiaalihuoltolaki', sv: 'Socialvårdslag', en: 'Social Welfare Act' },
    inForceFrom: '2015-04-01',
    repealedOn: null,
  });
  return { integrationAct: integrationAct.id, oldIntegrationAct: old.id, employmentServicesAct: employmentServicesAct.id, socialWelfareAct: socialWelfareAct.id };
}
