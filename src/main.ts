import * as core from '@actions/core';
import * as glob from '@actions/glob';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decide } from './analysis/decide.js';
import { InputError, errorMessage } from './errors.js';
import { getSettings } from './input-helper.js';
import { readResultFiles } from './io/result-files.js';
import { readRules } from './io/rules-file.js';
import type { ResultSet } from './model.js';
import { renderMarkdown } from './report/markdown.js';

async function expand(patterns: string[], what: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const globber = await glob.create(pattern, { matchDirectories: false });
    const hits = (await globber.glob()).sort();
    if (hits.length === 0) throw new InputError(`${what}: no file matches "${pattern}"`);
    files.push(...hits);
  }
  return files;
}

/** The whole job: parse, decide, report, set outputs; the one place that fails the step. */
export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const { rules } = await readRules(settings.config);
    const head = await readResultFiles(await expand(settings.resultPatterns, 'output-file-path'), settings.tool);
    const history: ResultSet[] = [];
    for (const file of await expand(settings.baselinePatterns, 'baseline'))
      history.push(await readResultFiles([file], settings.tool));
    const decision = decide(head, history, rules);

    const markdown = renderMarkdown(decision, { name: settings.name });
    const dir = join(settings.tempDir, 'causal-perf', settings.name.replace(/[^\w.-]+/g, '_'));
    await mkdir(dir, { recursive: true });
    const jsonPath = join(dir, 'report.json');
    const mdPath = join(dir, 'report.md');
    await writeFile(jsonPath, JSON.stringify(decision, null, 2));
    await writeFile(mdPath, markdown);

    const failing = decision.results.filter((r) => r.fails);
    for (const r of failing) core.error(`${r.benchmark} ${r.metric}: ${r.reason}`, { title: `causal-perf: ${r.status}` });
    if (settings.summary) await core.summary.addRaw(markdown, true).write();
    core.setOutput('verdict', decision.verdict);
    core.setOutput('regressions', String(failing.length));
    core.setOutput('report-json', jsonPath);
    core.setOutput('report-markdown', mdPath);
    if (decision.verdict === 'fail' && settings.failOnRegression) {
      core.setFailed(
        `${failing.length} benchmark rule${failing.length === 1 ? '' : 's'} broken: ${failing.map((r) => `${r.benchmark} (${r.metric})`).join(', ')}`,
      );
    }
  } catch (error) {
    core.setFailed((error as Error | undefined)?.message ?? errorMessage(error));
  }
}
