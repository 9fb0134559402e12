import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every module a TypeScript file imports (static, re-exports and dynamic), as written. */
export function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const patterns = [/^\s*(?:import|export)\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/gm, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** Is the import type-only (erased at build, so it cannot pull code into a bundle)? */
export function typeOnlyImports(file: string): Set<string> {
  const source = readFileSync(file, 'utf8');
  const result = new Set<string>();
  for (const match of source.matchAll(/\b(?:import|export)\s+type\s[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g)) result.add(match[1]!);
  return result;
}

/** Resolves a relative specifier the way our bundlers do (`./x.js` may mean `./x.ts`). */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

export function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((entry) => /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts'))
    .map((entry) => join(folder, entry));
}
