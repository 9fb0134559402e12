import { type CSSVariablesResolver, createTheme, Fieldset, type MantineColorsTuple, Modal } from '@mantine/core';

/**
 * A deep public-sector blue. Shade 7 (the primary shade) has a contrast of 7.5:1 on white and
 * white text on it 7.5:1, so links, outlines and filled buttons all pass WCAG AA (4.5:1); Mantine's
 * default blue does not.
 */
const kotoBlue: MantineColorsTuple = ['#e8f1fb', '#d0e1f5', '#a3c3ea', '#72a3de', '#4a87d3', '#2f74cc', '#1d63b8', '#0f549f', '#0a4789', '#053a72'];

export const theme = createTheme({
  primaryColor: 'kotoBlue',
  primaryShade: 7,
  colors: { kotoBlue },
  autoContrast: true,
  luminanceThreshold: 0.4,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    Modal: Modal.extend({ styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } }),
    Fieldset: Fieldset.extend({ styles: { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', padding: 0, marginBottom: 4 } } }),
  },
});

/** Dimmed text defaults to gray-6 (3.3:1 on white); gray-7 gives 8:1. Placeholders get darker too. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Error texts under fields: red-6 has only 3.3:1 on white, red-9 has 5.5:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
