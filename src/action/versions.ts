import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rules } from '../config.js';
import { comparisonsJson, renderComparisons, type VersionComparison } from '../report/versions.js';
import { runAbInAction } from './ab.js';
import type { EventPlan } from './event.js';
import type { Settings } from './inputs.js';
import { actionsCommands, actionsLog as log } from './runner.js';

/**
 * `compare-refs: v1.2.0 v1.3.0`: a release workflow's check of this commit against several earlier
 * versions — a same-job A/B against each ref in turn (the ref in a temporary worktree, fetched when
 * the checkout lacks it), reported as one table with a column per version in the job summary, the
 * JSON in `report-json`, and the step failed when a rule broke against any of them.
 */
export async function runVersionsInAction(
  settings: Settings,
  plan: EventPlan,
  rules: Rules,
  redact: (text: string) => string,
): Promise<'pass' | 'fail'> {
  const comparisons: VersionComparison[] = [];
  for (const ref of settings.compareRefs) {
    log.info(`compare-refs: this commit against ${ref}.`);
    const { decision, baseSha } = await runAbInAction({ ...settings, ab: { ...settings.ab, base: ref } }, plan, rules);
    comparisons.push({ baseline_ref: ref, baseline_sha: baseSha, decision });
  }
  const current = plan.sha.slice(0, 7);
  const json = join(settings.tempDir, `causal-perf-versions-${process.pid}.json`);
  await writeFile(json, JSON.stringify(comparisonsJson(current, comparisons), null, 2) + '\n');
  const verdict = comparisons.some((c) => c.decision.verdict === 'fail') ? 'fail' : 'pass';
  actionsCommands.setOutput('verdict', verdict);
  actionsCommands.setOutput('report-json', json);
  if (settings.summary) await actionsCommands.appendSummary(redact(renderComparisons(current, comparisons, 'markdown')));
  process.stdout.write(redact(renderComparisons(current, comparisons, 'text')));
  return verdict;
}
