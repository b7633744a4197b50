import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { FORMATS } from '../src/formats/registry.js';
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

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('the layers (docs/architecture.md)', () => {
  const files = sources(join(ROOT, 'src')).map((f) => ({ path: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

  it('only src/action/ talks to the Actions runtime (@actions/core)', () => {
    const outside = files.filter((f) => /from '@actions\/core'/.test(f.text) && !f.path.startsWith('src/action/'));
    expect(outside.map((f) => f.path)).toEqual([]);
    expect(files.some((f) => f.path.startsWith('src/action/') && /from '@actions\/core'/.test(f.text))).toBe(true);
  });

  it('no code outside src/history/ knows a concrete store', () => {
    const concrete = /\b(GhPagesStore|CacheStore|LocalDirectoryStore)\b/;
    expect(files.filter((f) => concrete.test(f.text) && !f.path.startsWith('src/history/')).map((f) => f.path)).toEqual([]);
  });

  it('history and the trend page compute no statistics, and the decision core does no IO', () => {
    const imports = (f: { text: string }) => [...f.text.matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);
    const history = files.filter((f) => f.path.startsWith('src/history/'));
    expect(history.filter((f) => imports(f).some((i) => i.includes('/analysis/'))).map((f) => f.path)).toEqual([]);
    const analysis = files.filter((f) => f.path.startsWith('src/analysis/'));
    const io = /^node:(fs|child_process|net|http|https)|^@actions|\/io\/|\/history\/|\/report\//;
    expect(analysis.filter((f) => imports(f).some((i) => io.test(i))).map((f) => f.path)).toEqual([]);
  });
});

describe('action.yml', () => {
  it('lists exactly the tools of the format registry, in its order', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: { tool: { description: string } } };
    const listed = /\(([^)]*)\)/.exec(action.inputs.tool.description)?.[1]?.split(/,\s*/);
    expect(listed).toEqual(FORMATS.map((f) => f.name));
  });
});
