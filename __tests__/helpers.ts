import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');

export function fixturePath(rel: string): string {
  return join(FIXTURES, rel);
}

export function fixture(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

/** Relative closeness, for comparing parsed values with the (rounded) numbers a tool printed. */
export function expectClose(actual: number, expected: number, rel = 1e-3): void {
  const tolerance = Math.abs(expected) * rel;
  if (Math.abs(actual - expected) > tolerance) {
    throw new Error(`expected ${actual} to be within ${rel * 100}% of ${expected}`);
  }
}

/**
 * The Node binary that runs the bundled dist/ in end-to-end tests: this one, or the one named by
 * CAUSAL_PERF_NODE (.ci/run sets it to Node 24, the runtime of `using: node24` actions).
 */
export const DIST_NODE = process.env.CAUSAL_PERF_NODE || process.execPath;
