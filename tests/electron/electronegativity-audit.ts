import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm run audit:electron`: runs @doyensec/electronegativity over the built app (`out/`, after
 * `npm run build`) and fails on any finding of medium severity or higher that
 * docs/electronegativity-allowlist.json does not accept with a reason. Low and informational
 * findings are printed only.
 */

interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

interface AllowEntry {
  check: string;
  file: string;
  sample: string;
  reason: string;
}

const root = resolve(import.meta.dirname, '..', '..');
const built = join(root, 'out');
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function runElectronegativity(): Finding[] {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const work = mkdtempSync(join(tmpdir(), 'kotoverkko-electronegativity-'));
  const report = join(work, 'findings.csv');
  try {
    const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
    // -e: the installed Electron, so checks know today's defaults (the tool cannot detect it in a bundle)
    const result = spawnSync(process.execPath, [cli, '-i', built, '-o', report, '-r', '-v', 'false', '-e', electronVersion], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0 || !existsSync(report)) {
      console.error(result.stdout, result.stderr);
      throw new Error(`electronegativity failed (exit ${result.status})`);
    }
    const [, ...rows] = parseCsv(readFileSync(report, 'utf8'));
    return rows.map(([check = '', severity = '', confidence = '', file = '', location = '', sample = '', description = '']) => ({
      check: check.trim(),
      severity: severity.trim().toUpperCase(),
      confidence: confidence.trim(),
      file: file.trim(),
      location: location.trim(),
      sample: sample.trim(),
      description: description.trim(),
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): number {
  if (!existsSync(join(built, 'main', 'index.js'))) {
    console.error('Electron audit: out/main/index.js is missing; run `npm run build` first.');
    return 1;
  }
  const allowlist = (JSON.parse(readFileSync(join(root, 'docs', 'electronegativity-allowlist.json'), 'utf8')) as { allowed: AllowEntry[] }).allowed;
  const findings = runElectronegativity();
  const used = new Set<AllowEntry>();
  const blocking: Finding[] = [];
  for (const finding of findings) {
    const line = `${finding.severity} ${finding.check} ${finding.file}:${finding.location} (${finding.confidence}) ${finding.sample.slice(0, 100)}`;
    const entry = allowlist.find((allowed) => allowed.check === finding.check && allowed.file === finding.file && finding.sample.includes(allowed.sample));
    if (entry) {
      used.add(entry);
      console.log(`  allowed  ${line}`);
    } else if (BLOCKING.has(finding.severity)) {
      blocking.push(finding);
      console.log(`  FINDING  ${line}\n           ${finding.description}`);
    } else console.log(`  low      ${line}`);
  }
  for (const entry of allowlist) if (!used.has(entry)) console.log(`  note: allowlist entry ${entry.check} (${entry.sample}) matched nothing; remove it if the code changed`);
  console.log(
    `Electron audit: ${findings.length} findings, ${used.size} allowed with a reason, ${blocking.length} blocking (medium or higher, not allowed).`,
  );
  return blocking.length > 0 ? 1 : 0;
}

process.exit(main());
