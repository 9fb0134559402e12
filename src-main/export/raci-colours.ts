import type { RaciLetter } from '../domain/matrices/raci.js';

/**
 * Shadings of the responsibility matrix's letters in exported documents (Word, Excel). Light
 * fills under dark text, so every letter stays readable (contrast well above 4.5:1) and the
 * letters, not only the colours, carry the meaning (printed in black and white too).
 */
export const RACI_TEXT_COLOUR = '1B1B1B';

export const RACI_FILLS: Record<RaciLetter, string> = {
  R: 'C9DDF2',
  A: 'F6CDC8',
  C: 'FCE8A8',
  I: 'D4EAD0',
};

/** WCAG 2 contrast ratio of two RRGGBB colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [0, 2, 4].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
