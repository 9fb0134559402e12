import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The app's `resources/` folder (bundled fonts). The code runs from `src-main/…` under tsx and
 * from `out/main/` after an electron-vite build, at different depths, so we look upwards from
 * this module for the folder that holds our font instead of counting `..`.
 */
const MARKER = join('resources', 'fonts', 'DejaVuSans.ttf');

let found: string | null = null;

export function resourcesFolder(start: string = import.meta.dirname): string {
  if (found) return found;
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, MARKER))) return (found = join(folder, 'resources'));
    if (dirname(folder) === folder) break;
  }
  throw new Error(`The app's resources folder (${MARKER}) was not found above ${start}`);
}

/** The fonts a chart may use: DejaVu Sans, regular and bold, shipped with the app. */
export function bundledFontFiles(): string[] {
  const fonts = join(resourcesFolder(), 'fonts');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(fonts, name));
}
