/** Kept equal to package.json's version by a test; the core reads it without touching the disk. */
export const APP_VERSION = '0.1.0';
