/**
 * Text measuring without a DOM: widths are estimated from DejaVu Sans advances (the font the
 * PNG export bundles; Arial is narrower, so the estimate stays on the safe side).
 */
const ADVANCE: Record<string, number> = {
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278,
  k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392,
  u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525, ' ': 0.318, '-': 0.361, '.': 0.318,
  ',': 0.318, ':': 0.337, ';': 0.337, '(': 0.39, ')': 0.39, '/': 0.337, "'": 0.275, '"': 0.46, '?': 0.531,
  '!': 0.4, I: 0.295, J: 0.295, M: 0.863, W: 0.989, '&': 0.78, '<': 0.838, '>': 0.838,
};

const BOLD_FACTOR = 1.1;

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const character of text.normalize('NFC')) {
    const base = character.normalize('NFD')[0] ?? character;
    em += ADVANCE[base] ?? (/[0-9]/.test(base) ? 0.636 : base !== base.toLowerCase() ? 0.72 : 0.62);
  }
  return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

const VOWELS = 'aeiouyäöåAEIOUYÄÖÅ';
const isVowel = (character: string | undefined) => character !== undefined && VOWELS.includes(character);
const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);

/**
 * Where a Finnish word may be hyphenated: before a consonant that is followed by a vowel
 * ("pal-ve-lu-tar-peen"), leaving at least two letters before and three after.
 */
export function finnishBreakPoints(word: string): number[] {
  const characters = [...word];
  const points: number[] = [];
  for (let index = 2; index <= characters.length - 3; index += 1) {
    const here = characters[index];
    if (isLetter(here) && !isVowel(here) && isVowel(characters[index + 1]) && characters.slice(0, index).some(isVowel)) points.push(index);
  }
  return points;
}

/** Splits a word longer than the width into hyphenated pieces, at syllable breaks when possible. */
function hyphenate(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (textWidth(rest.join(''), fontSize, bold) > maxWidth && rest.length > 1) {
    const restText = rest.join('');
    const fits = (count: number) => textWidth(`${rest.slice(0, count).join('')}-`, fontSize, bold) <= maxWidth;
    let cut = finnishBreakPoints(restText).filter(fits).pop();
    if (cut === undefined) {
      cut = 1;
      while (cut + 1 < rest.length && fits(cut + 1)) cut += 1;
    }
    pieces.push(`${rest.slice(0, cut).join('')}-`);
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(''));
  return pieces;
}

/**
 * Greedy word wrap. Words break at spaces and after their own hyphens ("jatko-ohjaus"); a word
 * is hyphenated only when it alone is wider than the line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const parts = word.split(/(?<=-)(?=\p{L})/u);
    parts.forEach((part, index) => tokens.push(index < parts.length - 1 ? part : `${part} `));
  }
  const lines: string[] = [];
  let line = '';
  for (const rawToken of tokens) {
    const glued = line + rawToken;
    if (line === '' || textWidth(glued.trimEnd(), fontSize, bold) <= maxWidth) {
      if (line === '' && textWidth(rawToken.trimEnd(), fontSize, bold) > maxWidth) {
        const pieces = hyphenate(rawToken.trimEnd(), maxWidth, fontSize, bold);
        lines.push(...pieces.slice(0, -1));
        line = `${pieces[pieces.length - 1]}${rawToken.endsWith(' ') ? ' ' : ''}`;
      } else {
        line = glued;
      }
      continue;
    }
    lines.push(line.trimEnd());
    line = '';
    if (textWidth(rawToken.trimEnd(), fontSize, bold) > maxWidth) {
      const pieces = hyphenate(rawToken.trimEnd(), maxWidth, fontSize, bold);
      lines.push(...pieces.slice(0, -1));
      line = `${pieces[pieces.length - 1]}${rawToken.endsWith(' ') ? ' ' : ''}`;
    } else {
      line = rawToken;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}
