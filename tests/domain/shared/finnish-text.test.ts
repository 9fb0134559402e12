import { describe, expect, it } from 'vitest';
import { compareFinnish, foldForSearch, likePattern } from '../../../src-main/domain/shared/finnish-text.js';

describe('foldForSearch', () => {
  it('lower-cases Finnish letters, not only ASCII', () => {
    expect(foldForSearch('HÄMEENLINNA')).toBe('hämeenlinna');
    expect(foldForSearch('ÅLAND ÖLJY')).toBe('åland öljy');
  });

  it('keeps ä, ö and å distinct from a and o', () => {
    expect(foldForSearch('Ähtäri')).not.toContain('a');
    expect(foldForSearch('Öljy')).not.toContain('o');
  });

  it('treats a decomposed ä (a + combining diaeresis) as the same letter as a composed one', () => {
    expect(foldForSearch('Ha\u0308meenlinna')).toBe(foldForSearch('Hämeenlinna'));
  });

  it('collapses and trims white space, including no-break spaces', () => {
    expect(foldForSearch('  Kanta-Häme\u00a0\u00a0 ja \n Päijät-Häme ')).toBe('kanta-häme ja päijät-häme');
  });
});

describe('likePattern', () => {
  it('wraps the query for "contains" and escapes the LIKE wildcards and the escape character', () => {
    expect(likePattern('häme')).toBe('%häme%');
    expect(likePattern('100%')).toBe('%100\\%%');
    expect(likePattern('a_b')).toBe('%a\\_b%');
    expect(likePattern('c:\\tmp')).toBe('%c:\\\\tmp%');
  });
});

describe('compareFinnish', () => {
  it('sorts Å, Ä and Ö after Z, in that order', () => {
    expect(['Öljy', 'Ärjä', 'Zeta', 'Åland', 'Aamu', 'Oulu'].sort(compareFinnish)).toEqual(['Aamu', 'Oulu', 'Zeta', 'Åland', 'Ärjä', 'Öljy']);
  });

  it('ignores case and sorts numbers by value', () => {
    expect(compareFinnish('häme', 'HÄME')).toBe(0);
    expect(['Kerho 10', 'Kerho 9', 'Kerho 1'].sort(compareFinnish)).toEqual(['Kerho 1', 'Kerho 9', 'Kerho 10']);
  });

  it('keeps v and w apart', () => {
    expect(['Wa', 'Vb'].sort(compareFinnish)).toEqual(['Vb', 'Wa']);
  });
});
