import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_RULES, DEFAULT_THRESHOLDS } from '../src/config.js';
import { parseRules } from '../src/rules-yaml.js';
import { FORMATS } from '../src/formats/registry.js';
import { rulesSchema, resultsSchema } from '../src/schemas.js';
import * as historySchemas from '../src/history/schemas.js';
import { Ajv } from 'ajv';
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
  it("the action's entry point loads nothing of the action before it sheds the credential inputs", () => {
    // Under Node 24 the first image is replaced (reexec.ts): whatever it loaded statically was loaded for nothing.
    const entry = readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8');
    const imports = [...entry.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imports.filter((spec) => !spec!.startsWith('node:'))).toEqual(['./start.js']);
    // Nor node:crypto, which costs the first image ~6 ms of CPU for one random file name.
    expect(imports).not.toContain('node:crypto');
    expect(entry).toMatch(/await import\(\s*["']\.\/start\.js["']\s*\)/);
    expect(entry.indexOf('shedCredentialEnvironment()')).toBeLessThan(entry.indexOf('./start.js'));
  });
});

describe('JSON schemas', () => {
  // The run-time validators skip the meta-schema check (it cost every run ~80 ms): it is done here.
  const all = {
    resultsSchema,
    rulesSchema,
    ...Object.fromEntries(Object.entries(historySchemas).filter(([name]) => name.endsWith('Schema'))),
  };
  it.each(Object.keys(all))('%s is a valid JSON Schema (draft-07, as Ajv reads it)', (name) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(all[name as keyof typeof all] as object)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });
  it('the check catches a schema that is not one', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema({ type: 'object', required: 'name' })).toBe(false);
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

describe('README figures', () => {
  it('are the tables the benchmark scripts last wrote to bench/results/ (npm run readme)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { updateFigures } = await import('../scripts/readme-figures.mjs');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
    expect(readme).toBe(await updateFigures(readme, read));
    const blocks = [...readme.matchAll(/<!-- figures: ([\w-]+)#([\w.-]+) -->\n([\s\S]*?)<!-- \/figures -->/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const [, , , body] of blocks) expect(body).toMatch(/^\|.*\|$/m);
  });

  it('a marker naming a section the figures file lacks fails with the file and the section', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { spliceFigures } = await import('../scripts/readme-figures.mjs');
    expect(() => spliceFigures('<!-- figures: eval#Z9 -->\n<!-- /figures -->', () => '# t\n\n## A. x\n')).toThrow(
      /bench\/results\/eval\.md: expected a section "## Z9\. …"/,
    );
  });
});

describe('docs/rules.md, the rules file reference', () => {
  it('is generated from the schema the validator uses (node scripts/rules-docs.mjs)', async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { renderRulesPage } = await import('../scripts/rules-docs.mjs');
    const page = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(page).toBe(await renderRulesPage(rulesSchema));
    for (const key of Object.keys(rulesSchema.properties)) expect(page).toContain(`| \`${key}\``);
    expect(page).toContain('| `baseline_thresholds.<metric>.regression_limit`');
  });

  it('states the defaults the engine applies', () => {
    const documented = Object.fromEntries(
      Object.entries(rulesSchema.properties).flatMap(([k, s]) => ('default' in s ? [[k, s.default]] : [])),
    );
    const { baseline_thresholds, ...rest } = documented;
    const { baseline_thresholds: none, ...defaults } = DEFAULT_RULES;
    expect(none).toEqual({});
    expect(rest).toEqual(defaults);
    // The engine's built-in thresholds, without the report-only catch-all and the implied fail: true.
    const builtIn = Object.fromEntries(
      Object.entries(DEFAULT_THRESHOLDS)
        .filter(([k]) => k !== '*')
        .map(([k, { fail, ...rule }]) => (expect(fail).toBe(true), [k, rule])),
    );
    expect(baseline_thresholds).toEqual(builtIn);
  });

  it('gives examples the validator accepts', () => {
    const page = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) expect(() => parseRules(block, 'docs/rules.md')).not.toThrow();
    expect(() => parseRules('history: 0\n', 'docs/rules.md')).toThrow(/history/);
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
