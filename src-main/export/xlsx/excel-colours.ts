/**
 * Colours of our workbooks beside the letters' own (those are shared with the Word export in
 * `../raci-colours.ts`): a dark header with white text, contrast far above 4.5:1.
 */
export const HEADER_FILL = '1F3A5F';
export const HEADER_TEXT = 'FFFFFF';

/** exceljs wants ARGB */
export function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}
