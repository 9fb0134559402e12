import { describe, expect, it } from 'vitest';
import { businessIdCheckDigit, isValidBusinessId } from '../../../src-main/domain/actors/business-id.js';

describe('Y-tunnus (business ID)', () => {
  it('accepts real business IDs (Kela, the City of Helsinki, the City of Kotka)', () => {
    expect(isValidBusinessId('0246246-0')).toBe(true);
    expect(isValidBusinessId('0201256-6')).toBe(true);
    expect(isValidBusinessId('0160225-7')).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidBusinessId('0246246-1')).toBe(false);
    expect(isValidBusinessId('0201256-5')).toBe(false);
  });

  it('refuses anything but seven digits, a hyphen and a digit', () => {
    for (const bad of ['02462460', '0246246 0', '246246-0', '00246246-0', ' 0246246-0', '0246246-0 ', 'O246246-0', '0246246–0', '']) {
      expect(isValidBusinessId(bad), bad).toBe(false);
    }
  });

  it('never accepts a number whose weighted sum leaves remainder 1 (no such ID is issued)', () => {
    expect(businessIdCheckDigit('0000006')).toBeNull();
    for (let digit = 0; digit <= 9; digit += 1) expect(isValidBusinessId(`0000006-${digit}`)).toBe(false);
  });

  it('computes 0 when the remainder is 0, otherwise 11 minus the remainder', () => {
    expect(businessIdCheckDigit('0246246')).toBe(0);
    expect(businessIdCheckDigit('0201256')).toBe(6);
  });
});
