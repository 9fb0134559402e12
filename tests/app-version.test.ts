import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { APP_VERSION } from '../src-main/app-version';

it('the version the core reports is the version in package.json', () => {
  const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
  expect(APP_VERSION).toBe(packageJson.version);
});
