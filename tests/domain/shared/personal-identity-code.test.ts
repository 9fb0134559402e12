import { describe, expect, it } from 'vitest';
import { containsPersonalIdentityCode } from '../../../src-main/domain/shared/personal-identity-code.js';

describe('containsPersonalIdentityCode', () => {
  it('finds a valid henkilötunnus on its own and inside text', () => {
    expect(containsPersonalIdentityCode('131052-308T')).toBe(true);
    expect(containsPersonalIdentityCode('Asiakas (131052-308T) soitti tiistaina.')).toBe(true);
    expect(containsPersonalIdentityCode('hetu: 131052-308t')).toBe(true);
  });

  it('knows every century sign, including the new ones from 2023', () => {
    expect(containsPersonalIdentityCode('131052+308T')).toBe(true); // 1800s
    expect(containsPersonalIdentityCode('131052Y308T')).toBe(true); // 1900s, new sign
    expect(containsPersonalIdentityCode('010101A123N')).toBe(true); // 2000s
    expect(containsPersonalIdentityCode('010101B123N')).toBe(true); // 2000s, new sign
  });

  it('lets a code with a wrong check character through (it is not a real code)', () => {
    expect(containsPersonalIdentityCode('131052-308A')).toBe(false);
    expect(containsPersonalIdentityCode('010101A123M')).toBe(false);
  });

  it('lets impossible dates and unknown century signs through', () => {
    expect(containsPersonalIdentityCode('310252-308T')).toBe(false); // 31 February
    expect(containsPersonalIdentityCode('131052G308T')).toBe(false);
  });

  it('does not flag ordinary numbers: business IDs, phone numbers, dates, case numbers, longer digit runs', () => {
    for (const text of ['0246246-0', '+358 40 000 1234', '13.10.1952', 'VN/16899/2022', '1131052-308T', '131052-308TT', 'S10042']) {
      expect(containsPersonalIdentityCode(text), text).toBe(false);
    }
  });
});
