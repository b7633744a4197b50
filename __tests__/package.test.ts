import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesSchema, resultsSchema } from '../src/schemas.js';
import { VERSION } from '../src/version.js';
import { ROOT } from './helpers.js';

describe('published artefacts', () => {
  it('src/version.ts matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('schemas/ holds the schemas the code validates with (npm run build writes them)', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas', 'rules.schema.json'), 'utf8'))).toEqual(rulesSchema);
    expect(JSON.parse(readFileSync(join(ROOT, 'schemas', 'results.schema.json'), 'utf8'))).toEqual(resultsSchema);
  });
});

describe('README', () => {
  it('documents exactly the inputs and outputs of action.yml', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { updateReadme } = await import('../scripts/action-docs.mjs');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const fresh = await updateReadme(readme, readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(readme).toBe(fresh);
    expect(readme).toMatch(/\| `comment-url` +\|/);
  });
});
