// Generates the README's inputs/outputs tables from action.yml, so the two never disagree.
// `node scripts/action-docs.mjs` rewrites README.md between the markers; a test checks they match.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

export function renderActionDocs(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? '(required)' : i.default === '' || i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return [
    '<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->',
    '### Inputs',
    '',
    '| input | default | meaning |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| output | meaning |',
    '| --- | --- |',
    ...outputs,
    '<!-- action-docs:end -->',
  ].join('\n');
}

/** The README with fresh tables, formatted as `prettier --check` expects. */
export async function updateReadme(readme, actionYml) {
  const start = readme.indexOf('<!-- action-docs:start');
  const end = readme.indexOf('<!-- action-docs:end -->');
  if (start < 0 || end < 0)
    throw new Error('README.md: expected <!-- action-docs:start … --> and <!-- action-docs:end --> markers');
  const text = readme.slice(0, start) + renderActionDocs(actionYml) + readme.slice(end + '<!-- action-docs:end -->'.length);
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(text, { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', await updateReadme(readme, readFileSync('action.yml', 'utf8')));
}
