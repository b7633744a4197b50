// Splices the README's measured figures from the files the benchmark scripts write (bench/results/*.md),
// so a table in the README is always the output of the last full run of its script, never a hand copy.
//
//   <!-- figures: eval#A2 -->            the section "## A2. …" of bench/results/eval.md (without its
//   … replaced on every run …             heading), and a line saying where it came from
//   <!-- /figures -->
//
// `node scripts/readme-figures.mjs` rewrites README.md; a test checks that it is fresh.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const BLOCK = /<!-- figures: ([\w-]+)#([\w.-]+) -->[\s\S]*?<!-- \/figures -->/g;

/** The body of the section "## <id>. …" of a figures file, with the file's title line. */
export function figureSection(text, id, file) {
  const lines = text.split('\n');
  const title = lines.find((l) => l.startsWith('# '));
  const start = lines.findIndex((l) => l.startsWith(`## ${id}. `) || l === `## ${id}`);
  if (start < 0) throw new Error(`${file}: expected a section "## ${id}. …" (is the README marker out of date?)`);
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .join('\n')
    .trim();
  return { heading: lines[start].replace(/^## [\w.-]+\.?\s*/, ''), body, title: title?.replace(/^# /, '') ?? file };
}

export function spliceFigures(readme, read = (file) => readFileSync(file, 'utf8')) {
  return readme.replace(BLOCK, (_, name, id) => {
    const file = join('bench', 'results', `${name}.md`);
    const { heading, body, title } = figureSection(read(file), id, file);
    return [
      `<!-- figures: ${name}#${id} -->`,
      `_${heading}_ — from [\`${file}\`](${file.replace(/\\/g, '/')}) (${title}).`,
      '',
      body,
      '<!-- /figures -->',
    ].join('\n');
  });
}

export async function updateFigures(readme, read) {
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(spliceFigures(readme, read), { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync('README.md', await updateFigures(readFileSync('README.md', 'utf8')));
}
