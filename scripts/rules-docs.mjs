// Generates docs/rules.md, the reference of the rules file, from schemas/rules.schema.json (itself
// written by the build from src/schemas.ts), so the page lists exactly the keys the validator accepts.
// `node scripts/rules-docs.mjs` rewrites the page; a test checks it is fresh.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { stringify } from 'yaml';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const inline = (value) => '`' + JSON.stringify(value).replace(/"/g, "'").replace(/,/g, ', ') + '`';

/** "number > 1, or false"; "one of mean, median, min"; "integer 1 … 1000". */
function describeType(schema) {
  if (schema.enum) return `one of ${schema.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (schema.anyOf) return schema.anyOf.map(describeType).join(', or ');
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  const bounds = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) bounds.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) bounds.push(`< ${schema.exclusiveMaximum}`);
  if (schema.type === 'array') return `list of ${describeType(schema.items)}`;
  if (schema.type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object')
    return 'map of metric → rule';
  return [schema.type, bounds.join(', ')].filter(Boolean).join(' ');
}

/**
 * Every key of the schema, depth first, with the YAML path a user writes. A sub-schema met twice (the
 * rule inside `overrides[].baseline_thresholds`) is listed once, where it first appears.
 */
function* keys(schema, path, nest, seen = new Set()) {
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const here = path ? `${path}.${name}` : name;
    yield { path: here, schema: sub, nest: (v) => nest({ [name]: v }) };
    const rule = sub.additionalProperties;
    if (rule && typeof rule === 'object' && rule.properties) {
      const id = JSON.stringify(rule);
      if (seen.has(id)) continue;
      seen.add(id);
      yield* keys(rule, `${here}.<metric>`, (v) => nest({ [name]: { time: v } }), seen);
    }
    if (sub.type === 'array' && sub.items?.properties) {
      // An item's example keeps the keys an item requires, taken from the list's own first example.
      const first = sub.examples?.[0]?.[0] ?? {};
      const required = Object.fromEntries((sub.items.required ?? []).map((k) => [k, first[k]]));
      yield* keys(sub.items, `${here}[]`, (v) => nest({ [name]: [{ ...v, ...required, ...v }] }), seen);
    }
  }
}

const shownDefault = (value) =>
  value === undefined
    ? ''
    : value !== null && typeof value === 'object' && Object.keys(value).length
      ? 'see [Defaults](#defaults)'
      : inline(value);

export function renderRulesDocs(schema) {
  const rows = [...keys(schema, '', (v) => v)];
  const table = rows.map(
    ({ path, schema: s }) => `| \`${path}\` | ${cell(describeType(s))} | ${shownDefault(s.default)} | ${cell(s.description)} |`,
  );
  const examples = rows
    .filter(({ schema: s }) => s.examples?.length)
    .map(({ path, schema: s, nest }) =>
      [
        `### \`${path}\``,
        '',
        cell(s.description),
        ...s.examples.flatMap((e) => ['', '```yaml', stringify(nest(e)).trimEnd(), '```']),
      ].join('\n'),
    );
  return [
    '<!-- generated from schemas/rules.schema.json by scripts/rules-docs.mjs; do not edit by hand -->',
    '',
    '# The rules file reference',
    '',
    "The rules file is `.github/causal-perf.yml` (the `rules` input or the CLI's `--config` names another). Every key is",
    'optional. A file with a key not listed here, or a value of the wrong kind, fails the step with the file,',
    'the key and what was expected, and the CLI exits with code 2. Metric keys of `baseline_thresholds` are',
    'names or globs: `time`, `memory_*`, `accuracy`, or a custom metric such as `throughput`.',
    '',
    "How a rule is found for one benchmark's metric: the defaults, then `baseline_thresholds`, then each",
    'matching entry of `overrides`, in order; a later key replaces an earlier one key by key.',
    '',
    'The keys of a rule under `overrides[].baseline_thresholds.<metric>` are those of',
    '`baseline_thresholds.<metric>`. Times are compared in seconds and memory in bytes, whatever unit the',
    'result file used, so `maximum_threshold` is in those base units.',
    '',
    '| key | value | default | meaning |',
    '| --- | --- | --- | --- |',
    ...table,
    '',
    '## Defaults',
    '',
    'A repository without a rules file is judged as if it had this one:',
    '',
    '```yaml',
    stringify(
      Object.fromEntries(
        Object.entries(schema.properties)
          .filter(([, s]) => s.default !== undefined)
          .map(([k, s]) => [k, s.default]),
      ),
    ).trimEnd(),
    '```',
    '',
    '## Examples',
    '',
    ...examples.flatMap((e) => [e, '']),
  ].join('\n');
}

export async function renderRulesPage(schema) {
  const options = (await prettier.resolveConfig('docs/rules.md')) ?? {};
  return prettier.format(renderRulesDocs(schema), { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(readFileSync('schemas/rules.schema.json', 'utf8'));
  writeFileSync('docs/rules.md', await renderRulesPage(schema));
}
