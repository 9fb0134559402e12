import { resolve } from 'node:path';
import { findBoundaryViolations } from './check-boundaries';

const { violations, rendererModules } = findBoundaryViolations(resolve(import.meta.dirname, '..', '..'));
if (violations.length > 0) {
  console.error(`Boundary check failed:\n  ${violations.join('\n  ')}`);
  process.exit(1);
}
console.log(`Boundary check passed (${rendererModules} renderer modules followed).`);
