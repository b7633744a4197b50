// Generates the README's inputs/outputs tables from action.yml, so the two never disagree.
// `node scripts/action-docs.mjs` rewrites README.md between the markers; a test checks they match.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

export function renderActionDocs(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${i.required ? '(required)' : i.default === '' || i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
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

export function updateReadme(readme, actionYml) {
  const start = readme.indexOf('<!-- action-docs:start');
  const end = readme.indexOf('<!-- action-docs:end -->');
  if (start < 0 || end < 0) throw new Error('README.md: expected <!-- action-docs:start … --> and <!-- action-docs:end --> markers');
  return readme.slice(0, start) + renderActionDocs(actionYml) + readme.slice(end + '<!-- action-docs:end -->'.length);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', updateReadme(readme, readFileSync('action.yml', 'utf8')));
}
