import type { RaciLetter } from '../../domain/matrices/raci.js';

/**
 * Cell colours per RACI letter (hex, no '#'). Light fills under dark text, so a letter stays
 * readable on screen and on a grey-scale printout (contrast at least 4.5:1, WCAG AA).
 */
export const LETTER_FILLS: Record<RaciLetter, string> = {
  R: 'FFD58F',
  A: 'F4A9A8',
  C: 'B9D8F2',
  I: 'DCDCDC',
};

export const LETTER_TEXT = '1F1F1F';
export const HEADER_FILL = '1F3A5F';
export const HEADER_TEXT = 'FFFFFF';

/** exceljs wants ARGB */
export function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/** WCAG 2 contrast ratio of two sRGB colours given as 'RRGGBB'. */
export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
