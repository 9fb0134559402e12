import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBoundaryViolations } from './check-boundaries';

const trees: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'kotoverkko-boundaries-'));
  trees.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
afterEach(() => trees.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('the boundary check', () => {
  it('passes on this repository', () => {
    expect(findBoundaryViolations(resolve(import.meta.dirname, '..', '..')).violations).toEqual([]);
  });

  it('refuses electron, node:http and React in the core, but lets the doors have theirs', () => {
    const root = tree({
      'src-main/domain/a.ts': "import { app } from 'electron';\nimport http from 'node:http';\n",
      'src-main/db/b.ts': "import React from 'react';\n",
      'src-main/electron/main.ts': "import { app } from 'electron';\n",
      'src-main/host/server.ts': "import { createServer } from 'node:http';\n",
    });
    const { violations } = findBoundaryViolations(root);
    expect(violations).toHaveLength(3);
    expect(violations.join('\n')).toContain('src-main/domain/a.ts imports electron');
    expect(violations.join('\n')).toContain('src-main/domain/a.ts imports node:http');
    expect(violations.join('\n')).toContain('src-main/db/b.ts imports react');
  });

  it('follows the renderer into src-main and refuses a path that reaches SQLite, but not a type-only import', () => {
    const root = tree({
      'src-renderer/app.tsx': "import { rows } from '../src-main/api/contract/x.js';\nimport type { Db } from '../src-main/db/db.js';\n",
      'src-main/api/contract/x.ts': "export { rows } from '../../db/rows.js';\n",
      'src-main/db/rows.ts': "import sqlite3 from 'sqlite3';\nexport const rows = sqlite3;\n",
      'src-main/db/db.ts': "import { Kysely } from 'kysely';\nexport type Db = Kysely<object>;\n",
    });
    const { violations } = findBoundaryViolations(root);
    expect(violations).toEqual([expect.stringContaining('the renderer reaches sqlite3 through src-renderer/app.tsx → src-main/api/contract/x.ts → src-main/db/rows.ts')]);
  });
});
