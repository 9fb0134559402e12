import { relative, resolve } from 'node:path';
import { importsOf, resolveRelative, sourceFiles, typeOnlyImports } from './import-graph';

/**
 * The architecture's walls, checked on every `npm test`:
 * - the core (src-main outside the Electron and host doors) never imports electron, node:http or React;
 * - nothing in src-main imports React or Mantine;
 * - the renderer's bundle never reaches Node, SQLite, Kysely or Electron, however indirectly.
 */
const isPackage = (specifier: string, names: readonly string[]) => names.some((name) => specifier === name || specifier.startsWith(`${name}/`));

const HTTP = ['node:http', 'http', 'node:https', 'https', 'node:http2', 'http2'];
const UI = ['react', 'react-dom', '@mantine', '@tabler'];
const FORBIDDEN_IN_PAGE = ['electron', 'sqlite3', 'kysely', 'docx'];

export function findBoundaryViolations(root: string): { violations: string[]; rendererModules: number } {
  const violations: string[] = [];
  const rel = (file: string) => relative(root, file);

  for (const file of sourceFiles(resolve(root, 'src-main'))) {
    const path = rel(file).split('\\').join('/');
    const inElectronDoor = path.startsWith('src-main/electron/');
    const inHostDoor = path.startsWith('src-main/host/');
    for (const specifier of importsOf(file)) {
      if (!inElectronDoor && isPackage(specifier, ['electron'])) violations.push(`${path} imports electron (only src-main/electron may)`);
      if (!inElectronDoor && !inHostDoor && isPackage(specifier, HTTP)) violations.push(`${path} imports ${specifier} (only the doors may)`);
      if (isPackage(specifier, UI)) violations.push(`${path} imports ${specifier} (React and Mantine belong to src-renderer)`);
    }
  }

  // The renderer: follow every value import into src-main and refuse what would drag Node into the page.
  const seen = new Set<string>();
  const queue = sourceFiles(resolve(root, 'src-renderer')).map((file) => ({ file, via: rel(file) }));
  while (queue.length > 0) {
    const { file, via } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const typeOnly = typeOnlyImports(file);
    for (const specifier of importsOf(file)) {
      if (typeOnly.has(specifier)) continue;
      if (specifier.startsWith('node:') || isPackage(specifier, FORBIDDEN_IN_PAGE)) {
        violations.push(`the renderer reaches ${specifier} through ${via}`);
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (target) queue.push({ file: target, via: `${via} → ${rel(target)}` });
    }
  }

  return { violations, rendererModules: seen.size };
}
