import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { slug } from '../history/layout.js';
import { readRules } from '../io/rules-file.js';
import { systemClock, type Clock } from '../io/clock.js';
import { machineFacts } from '../io/machine.js';
import { runPipeline } from '../pipeline/index.js';
import { runMerge } from '../pipeline/merge.js';
import type { Decision } from '../analysis/types.js';
import { runAbInAction } from './ab.js';
import { runBisectInAction } from './bisect.js';
import { runVersionsInAction } from './versions.js';
import { InputError } from '../errors.js';
import { actionChannels } from './channels.js';
import { abBaseCommit, baselineCut, commitFromCheckout, readEvent } from './checkout.js';
import { gitOutput } from '../io/git.js';
import { planEvent, type EventPlan } from './event.js';
import { openActionHistory } from './history.js';
import { forgetSecretInputs, getSettings, redactor } from './inputs.js';
import { acceptedInMessage, type Acceptance } from '../analysis/accept.js';
import { actionsLog as log } from './runner.js';

/** The action: inputs → event plan → collaborators → the pipeline → outputs; the one place that fails the step. */
export async function run({
  clock = systemClock,
  credentials,
}: { clock?: Clock; credentials?: 'reexec' | 'restored' | 'none' | 'unsupported' } = {}): Promise<void> {
  try {
    const settings = getSettings();
    const redact = redactor(forgetSecretInputs());
    if (credentials === 'unsupported' && (settings.run || settings.mode !== 'history'))
      log.warn(
        `This Node.js (${process.version}) cannot start the action again without its credential inputs (process.execve needs Node.js 22.15 or later): the commands it runs could read them from /proc/${process.pid}/environ. The action's own runtime (node24) can.`,
      );
    const { rules } = await readRules(settings.config);
    const event = readEvent(log);
    const plan = planEvent(event.name, event.payload, process.env, { historyBranches: settings.historyBranches });
    await commitFromCheckout(plan, settings.workspace);
    const files = settings.baselinePatterns.length > 0;
    log.info(
      files
        ? `Event: ${plan.event}; the baseline is the given baseline files, so history is neither read nor written.`
        : `Event: ${plan.why}.`,
    );
    const cwd = process.cwd();
    const missing = (what: string) => (p: string) => `${what}: no file matches "${p}"`;
    // One folder per exact suite name (two steps named "perf suite" and "perf/suite" must not share it).
    const reportDir = join(
      settings.tempDir,
      'causal-perf',
      `${slug(settings.name)}-${createHash('sha1').update(settings.name).digest('hex').slice(0, 8)}`,
    );
    if (settings.mergeReports.length > 0) {
      const { decision } = await runMerge(
        { name: settings.name, patterns: settings.mergeReports, cwd },
        {
          channels: actionChannels(settings, plan, reportDir, clock, redact),
          log,
          facts: { suite: settings.name, commit: plan.commit, event: plan.event, branch: plan.branch },
          links: plan.runId
            ? { fullReportUrl: `${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/actions/runs/${plan.runId}` }
            : {},
        },
      );
      failStep(decision, settings.failOnRegression);
      return;
    }
    if (settings.compareRefs.length > 0) {
      if (!settings.run)
        throw new InputError('input run: compare-refs needs the command that runs the benchmarks (it runs in each tree)');
      const verdict = await runVersionsInAction(settings, plan, rules, redact);
      if (verdict === 'fail' && settings.failOnRegression)
        core.setFailed(`a benchmark rule broke against ${settings.compareRefs.join(' or ')} (see the job summary)`);
      return;
    }
    if (settings.mode === 'bisect') {
      await runBisectInAction(settings, plan, rules, redact);
      return;
    }
    const ab = settings.mode === 'ab' ? await runAbInAction(settings, plan, rules) : undefined;
    const results = { patterns: settings.resultPatterns, cwd, missing: missing('output-file-path'), tool: settings.tool };
    const { decision } = await runPipeline(
      {
        name: settings.name,
        rules,
        head: ab
          ? { measured: { ...ab.head, run: { ...ab.head.run, machine: machineFacts() } } }
          : {
              suite: settings.run ? { command: settings.run, cwd: settings.workspace, flag: 'run' } : undefined,
              results,
              machine: machineFacts(),
              ...(settings.measure === 'instructions'
                ? {
                    instructions: {
                      ...(settings.instructionsHarness ? { harness: settings.instructionsHarness } : {}),
                      ...(settings.instructionsCommand ? { command: settings.instructionsCommand } : {}),
                      cwd: settings.workspace,
                      flag: 'measure: instructions',
                      install: true,
                    },
                  }
                : {}),
            },
        failOnInconclusive: settings.failOnInconclusive,
        accepted: acceptancesOf(plan),
        confirm:
          settings.confirmRuns > 0 && settings.run
            ? {
                runs: settings.confirmRuns,
                maxMinutes: settings.confirmMaxMinutes,
                suite: { command: settings.run, cwd: settings.workspace, flag: 'run' },
                results,
              }
            : undefined,
        // confirm-ab: rows still undecided are paired against the base commit (resolved only then: it may fetch).
        pair:
          settings.confirmAb && settings.run && !ab
            ? async () => ({
                repo: settings.workspace,
                baseSha: await abBaseCommit(plan, settings.workspace, settings.ab.base),
                headSha: (await gitOutput(settings.workspace, ['rev-parse', 'HEAD'])) || plan.sha,
                command: settings.run as string,
                flag: 'run',
                ...(settings.ab.setup ? { setup: settings.ab.setup } : {}),
                results: { patterns: settings.resultPatterns, tool: settings.tool },
                minRounds: settings.ab.minRounds,
                maxRounds: settings.ab.maxRounds,
                // On by default, pairing is held to the re-measuring budget too (confirm-max-minutes).
                maxMinutes: Math.min(settings.ab.maxMinutes, settings.confirmMaxMinutes),
                tempDir: settings.tempDir,
              })
            : undefined,
        baseline: ab
          ? { from: 'decided', decision: ab.decision }
          : files
            ? {
                from: 'files',
                files: { patterns: settings.baselinePatterns, cwd, missing: missing('baseline'), tool: settings.tool },
              }
            : {
                from: 'history',
                branch: plan.baselineBranch,
                untilShas: await baselineCut(plan, settings.workspace),
                pullRequest: !!plan.pr,
                testbed: settings.testbed,
              },
        record: plan.record
          ? {
              commit: plan.commit,
              branch: plan.branch,
              event: plan.event,
              runId: plan.runId,
              identity: runIdentity(plan, settings.name, settings.testbed),
              environment: machineFacts(),
              testbed: settings.testbed,
            }
          : undefined,
        facts: {
          suite: settings.name,
          testbed: settings.testbed,
          commit: plan.commit,
          event: plan.event,
          branch: plan.branch,
          baseline_branch: plan.baselineBranch,
        },
        links: plan.runId
          ? { fullReportUrl: `${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/actions/runs/${plan.runId}` }
          : {},
      },
      {
        openHistory: () => openActionHistory(settings, plan, clock),
        channels: actionChannels(settings, plan, reportDir, clock, redact),
        clock,
        log,
        suiteOutput: (text) => process.stdout.write(text),
      },
    );
    failStep(decision, settings.failOnRegression);
  } catch (error) {
    core.setFailed((error as Error | undefined)?.message ?? String(error));
  }
}

function failStep(decision: Decision, failOnRegression: boolean): void {
  const failing = [
    ...decision.results.filter((r) => r.fails).map((r) => `${r.benchmark} (${r.metric})`),
    ...(decision.scaling ?? []).filter((s) => s.fails).map((s) => `${s.family} (${s.metric} scaling)`),
  ];
  if (decision.verdict === 'fail' && failOnRegression)
    core.setFailed(`${failing.length} benchmark rule${failing.length === 1 ? '' : 's'} broken: ${failing.join(', ')}`);
}

/** The same run across attempts: repository, workflow run, job, suite and testbed — never the attempt. */
function runIdentity(
  plan: { repo: { owner: string; repo: string }; runId?: string },
  suite: string,
  testbed: string,
): string | undefined {
  if (!plan.runId) return undefined;
  return [plan.repo.owner, plan.repo.repo, plan.runId, process.env.GITHUB_JOB ?? '', suite, testbed].join('/');
}

/** What this event accepts: `Perf-Accepted:` trailers of the head commit, or the pull request label `perf-accepted`. */
function acceptancesOf(plan: EventPlan): Acceptance[] {
  const out = acceptedInMessage(plan.pr ? undefined : plan.commit.message, plan.commit.author);
  if (plan.pr?.labels?.includes(ACCEPT_LABEL))
    out.push({ pattern: '*', source: `label ${ACCEPT_LABEL}`, ...(plan.commit.author ? { by: plan.commit.author } : {}) });
  return out;
}

const ACCEPT_LABEL = 'perf-accepted';
