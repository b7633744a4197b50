import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from '../io/clock.js';
import { decide, type Decision } from '../analysis/decide.js';
import type { Rules } from '../config.js';
import { InputError, errorMessage } from '../errors.js';
import { createApi, isPermissionError } from '../github/api.js';
import { commentMarker, upsertStickyComment } from '../github/comment.js';
import { planEvent, type EventPlan } from './event.js';
import { CacheStore } from '../history/cache.js';
import { GhPagesStore } from '../history/gh-pages.js';
import { GitError, type GitAuth } from '../history/git.js';
import { annotationsOf } from '../history/annotate.js';
import { benchmarkKey, slug } from '../history/layout.js';
import type { HistoryStore, RunRecord } from '../history/types.js';
import { getSettings, type Settings } from './inputs.js';
import { gitOutput, readCommit } from '../io/git-info.js';
import { expandPatterns } from '../io/glob.js';
import { readResultFiles } from '../io/result-files.js';
import { readRules } from '../io/rules-file.js';
import type { ResultSet } from '../model.js';
import { renderMarkdown } from '../report/markdown.js';
import { siteFiles } from '../history/site-files.js';

/**
 * GitHub rejects comment bodies over 65,536 characters, and (as users measured) over 262,144 UTF-8
 * bytes; leave room for the marker under both.
 */
const COMMENT_LIMIT = 65_000;
const COMMENT_BYTES = 260_000;
/** The job summary may hold 1 MiB per step, counted in bytes. */
const SUMMARY_LIMIT = 1_000_000;

const warn = (message: string) => core.warning(message);

const expand = (patterns: string[], what: string) =>
  expandPatterns(patterns, process.cwd(), (p) => `${what}: no file matches "${p}"`);

/** Runs the suite command in the workspace with live output; returns its wall time in seconds. */
async function runSuite(command: string, cwd: string): Promise<number> {
  core.startGroup(`Running the benchmark suite: ${command}`);
  const start = process.hrtime.bigint();
  let code: number;
  try {
    code = await exec.exec('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd, ignoreReturnCode: true });
  } finally {
    core.endGroup();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new InputError(`run: the benchmark command exited with code ${code}: ${command}`);
  core.info(`The suite took ${seconds.toFixed(1)} s.`);
  return seconds;
}

function readEvent(): { name: string; payload: Record<string, unknown> } {
  const name = process.env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
  const path = process.env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      warn(`could not read the event payload ${path}: ${errorMessage(error)}; using GITHUB_SHA and GITHUB_REF`);
    }
  }
  return { name, payload };
}

/** The commit's own facts from the checkout, for events whose payload has none (schedule, dispatch). */
async function commitFromCheckout(plan: EventPlan, workspace: string): Promise<void> {
  if (plan.commit.message && plan.commit.timestamp) return;
  const found = await readCommit(workspace, plan.sha || 'HEAD');
  // No checkout, or the commit is not in it: the record keeps the sha and URL.
  if (!found || (plan.sha && found.sha !== plan.sha)) return;
  plan.commit.author ??= found.author;
  plan.commit.timestamp ??= found.timestamp;
  plan.commit.message ??= found.message;
}

const mergeBase = async (workspace: string, baseRef: string) =>
  (await gitOutput(workspace, ['merge-base', 'HEAD', `origin/${baseRef}`])) || undefined;

/** Credentials for git: the token input, else the header actions/checkout persisted in the workspace. */
async function gitAuth(settings: Settings, serverUrl: string): Promise<GitAuth> {
  if (settings.token) return { token: settings.token };
  const header = await gitOutput(settings.workspace, ['config', '--get', `http.${serverUrl}/.extraheader`]);
  if (header) {
    core.setSecret(header);
    return { header };
  }
  return {};
}

interface Stores {
  read?: HistoryStore;
  write: HistoryStore[];
  ghPages?: GhPagesStore;
  describe: string;
}

async function openStores(settings: Settings, plan: EventPlan, rules: Rules, clock: Clock): Promise<Stores> {
  if (settings.storage === 'none' || settings.baselinePatterns.length > 0) return { write: [], describe: 'none' };
  const target = settings.historyRepository ?? plan.repo;
  const retention = { maxRuns: settings.maxRuns, maxAgeDays: settings.maxAgeDays };
  const cache = () =>
    new CacheStore({
      dir: join(settings.tempDir, 'causal-perf-history', slug(settings.name)),
      restoreBranch: plan.baselineBranch,
      retention,
      clock,
      statistic: rules.statistic,
      warn,
    });
  const ghPages = async () =>
    new GhPagesStore({
      url: `${plan.serverUrl}/${target.owner}/${target.repo}.git`,
      branch: settings.ghPagesBranch,
      dir: settings.ghPagesDir,
      auth: await gitAuth(settings, plan.serverUrl),
      retention,
      clock,
      statistic: rules.statistic,
      pushTimeoutMs: settings.pushTimeoutSeconds * 1000,
      site: siteFiles,
      workDir: settings.tempDir,
      warn,
    });
  if (settings.storage === 'cache') {
    const c = cache();
    return { read: c, write: [c], describe: 'Actions cache' };
  }
  const pages = await ghPages();
  if (settings.storage === 'gh-pages')
    return { read: pages, write: [pages], ghPages: pages, describe: `${settings.ghPagesBranch} branch` };
  if (settings.storage === 'both') {
    const c = cache();
    return { read: pages, write: [pages, c], ghPages: pages, describe: `${settings.ghPagesBranch} branch and Actions cache` };
  }
  // auto: the branch when it exists (or this run can create it), else the cache.
  if (await pages.exists().catch(() => false))
    return { read: pages, write: [pages], ghPages: pages, describe: `${settings.ghPagesBranch} branch` };
  const c = cache();
  return { read: c, write: plan.record ? [pages, c] : [c], ghPages: pages, describe: 'Actions cache (no gh-pages branch yet)' };
}

/** The baseline window: the baseline branch's runs, cut at the PR's merge-base / base commit when history has it. */
async function loadBaseline(
  stores: Stores,
  settings: Settings,
  plan: EventPlan,
  rules: Rules,
): Promise<{ history: ResultSet[]; note?: string }> {
  if (settings.baselinePatterns.length > 0) {
    const history: ResultSet[] = [];
    for (const file of await expand(settings.baselinePatterns, 'baseline'))
      history.push(await readResultFiles([file], settings.tool));
    return { history };
  }
  if (!stores.read) return { history: [] };
  const shas = plan.pr
    ? [await mergeBase(settings.workspace, plan.pr.baseRef), ...plan.baselineShas].filter((s): s is string => !!s)
    : [];
  let runs: RunRecord[];
  try {
    runs = await stores.read.load({ suite: settings.name, branch: plan.baselineBranch, limit: rules.history, untilShas: shas });
  } catch (error) {
    warn(`could not read the benchmark history from the ${stores.describe}: ${errorMessage(error)}; judging without a baseline`);
    return { history: [] };
  }
  let note: string | undefined;
  if (plan.pr && runs.length > 0 && !shas.includes(runs.at(-1)?.commit.sha ?? ''))
    note = `History has no run of the pull request's base commit; the baseline is ${plan.baselineBranch}'s newest runs.`;
  core.info(
    `Baseline: ${Math.min(runs.length, rules.history)} runs of ${plan.baselineBranch ?? 'all branches'} from the ${stores.describe}.`,
  );
  return { history: runs.slice(-rules.history).map((r) => r.results), note };
}

function environment(): Record<string, string | number> {
  const env: Record<string, string | number> = { cpus: cpus().length, node: process.version };
  const model = cpus()[0]?.model;
  if (model) env.cpu = model.trim();
  for (const [key, name] of [
    ['os', 'RUNNER_OS'],
    ['arch', 'RUNNER_ARCH'],
    ['runner', 'RUNNER_ENVIRONMENT'],
    ['image', 'ImageOS'],
  ] as const) {
    const v = process.env[name];
    if (v) env[key] = v;
  }
  return env;
}

async function comment(settings: Settings, plan: EventPlan, decision: Decision, body: string): Promise<string | undefined> {
  if (!plan.pr || settings.comment === 'never') return undefined;
  if (!settings.token) {
    warn('no github-token: the pull request comment is skipped (the report is in the job summary)');
    return undefined;
  }
  const api = createApi(settings.token, warn);
  try {
    const result = await upsertStickyComment(api, { ...plan.repo, issue_number: plan.pr.number }, settings.name, body, {
      createIfMissing: settings.comment === 'always' || decision.verdict === 'fail',
    });
    if (result.action !== 'skipped') core.info(`Pull request comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    const why = isPermissionError(error)
      ? `the token cannot write to pull request #${plan.pr.number}${plan.pr.fork ? ' (a pull request from a fork gets a read-only token; see the README for the workflow_run pattern)' : ''}`
      : errorMessage(error);
    warn(`could not post the pull request comment: ${why}. The verdict and report are in the job summary and outputs.`);
    return undefined;
  }
}

async function record(
  stores: Stores,
  plan: EventPlan,
  settings: Settings,
  head: ResultSet,
  decision: Decision,
  clock: Clock,
): Promise<void> {
  if (!plan.record || stores.write.length === 0) return;
  const run: RunRecord = {
    version: 1,
    suite: settings.name,
    commit: plan.commit,
    branch: plan.branch,
    event: plan.event,
    runId: plan.runId,
    environment: environment(),
    recordedAt: clock().toISOString(),
    results: head,
  };
  for (const store of stores.write) {
    try {
      const where = store instanceof GhPagesStore ? `${settings.ghPagesBranch} branch` : 'Actions cache';
      if (await store.append(run, annotationsOf(decision))) core.info(`Recorded this run in the ${where}.`);
      else warn(`this run was not recorded in the ${where} (see the warning above); later baselines will not include it.`);
    } catch (error) {
      const denied = error instanceof GitError && /403|401|denied|Authentication failed|not allowed/i.test(error.message);
      warn(
        `could not record this run in history: ${errorMessage(error)}${denied ? ' (the token needs `contents: write` to push to the history branch)' : ''}. The verdict stands; history is unchanged.`,
      );
    }
  }
}

/** The whole job: run, parse, load the baseline, decide, report, record; the one place that fails the step. */
export async function run({ clock = systemClock }: { clock?: Clock } = {}): Promise<void> {
  const closers: GhPagesStore[] = [];
  try {
    const settings = getSettings();
    const { rules } = await readRules(settings.config);
    const suiteSeconds = settings.run ? await runSuite(settings.run, settings.workspace) : undefined;
    const head = await readResultFiles(await expand(settings.resultPatterns, 'output-file-path'), settings.tool);
    head.run = { ...head.run, ...(suiteSeconds !== undefined ? { suiteSeconds } : {}), machine: environment() };

    const event = readEvent();
    const plan = planEvent(event.name, event.payload, process.env, { historyBranches: settings.historyBranches });
    await commitFromCheckout(plan, settings.workspace);
    core.info(
      settings.baselinePatterns.length > 0
        ? `Event: ${plan.event}; the baseline is the given baseline files, so history is neither read nor written.`
        : `Event: ${plan.why}.`,
    );

    const stores = await openStores(settings, plan, rules, clock);
    if (stores.ghPages) closers.push(stores.ghPages);
    const { history, note } = await loadBaseline(stores, settings, plan, rules);
    const decision = decide(head, history, rules);
    if (note) decision.notes.push(note);

    const trendBase =
      settings.trendUrl ??
      (stores.ghPages && /^https:\/\/github\.com$/.test(plan.serverUrl)
        ? `https://${(settings.historyRepository ?? plan.repo).owner}.github.io/${(settings.historyRepository ?? plan.repo).repo}/${settings.ghPagesDir}/`
        : undefined);
    const suiteHash = `suite=${encodeURIComponent(slug(settings.name))}`;
    const trend = trendBase
      ? { trendUrl: `${trendBase}#${suiteHash}`, benchmarkLink: (b: string) => `${trendBase}#${suiteHash}&b=${benchmarkKey(b)}` }
      : {};
    const jobUrl = plan.runId ? `${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/actions/runs/${plan.runId}` : undefined;
    const full = renderMarkdown(decision, { name: settings.name, ...trend, maxBytes: SUMMARY_LIMIT });
    const forComment = renderMarkdown(decision, {
      name: settings.name,
      ...trend,
      fullReportUrl: jobUrl,
      maxLength: COMMENT_LIMIT,
      maxBytes: COMMENT_BYTES,
      marker: commentMarker(settings.name),
    });

    const dir = join(settings.tempDir, 'causal-perf', slug(settings.name));
    await mkdir(dir, { recursive: true });
    const jsonPath = join(dir, 'report.json');
    const mdPath = join(dir, 'report.md');
    await writeFile(
      jsonPath,
      JSON.stringify(
        { ...decision, suite: settings.name, commit: plan.commit, event: plan.event, baseline_branch: plan.baselineBranch },
        null,
        2,
      ),
    );
    await writeFile(mdPath, full);

    const failing = decision.results.filter((r) => r.fails);
    for (const r of failing) core.error(`${r.benchmark} ${r.metric}: ${r.reason}`, { title: `causal-perf: ${r.status}` });
    for (const r of decision.results.filter((x) => !x.fails && x.status === 'regression'))
      core.warning(`${r.benchmark} ${r.metric}: ${r.reason}`, { title: 'causal-perf: regression (report only)' });
    for (const w of decision.warnings) core.warning(w, { title: 'causal-perf' });
    for (const r of decision.results.filter((x) => x.status === 'inconclusive'))
      core.notice(`${r.benchmark} ${r.metric}: ${r.reason}`, { title: 'causal-perf: inconclusive' });
    if (settings.summary) await core.summary.addRaw(full, true).write();
    core.setOutput('verdict', decision.verdict);
    core.setOutput('regressions', String(failing.length));
    core.setOutput('inconclusive', String(decision.results.filter((r) => r.status === 'inconclusive').length));
    core.setOutput('report-json', jsonPath);
    core.setOutput('report-markdown', mdPath);

    const url = await comment(settings, plan, decision, forComment);
    core.setOutput('comment-url', url ?? '');
    await record(stores, plan, settings, head, decision, clock);

    if (decision.verdict === 'fail' && settings.failOnRegression) {
      core.setFailed(
        `${failing.length} benchmark rule${failing.length === 1 ? '' : 's'} broken: ${failing.map((r) => `${r.benchmark} (${r.metric})`).join(', ')}`,
      );
    }
  } catch (error) {
    core.setFailed((error as Error | undefined)?.message ?? errorMessage(error));
  } finally {
    for (const c of closers) await c.close().catch(() => {});
  }
}
