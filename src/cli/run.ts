import { systemClock } from '../io/clock.js';
/**
 * `causal-perf run`: the local pipeline (run the suite, parse, compare with local history, report,
 * record, write the trend page), and the two-ref mode that measures two commits of the current
 * repository in temporary worktrees on this machine.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { decide, type Decision } from '../analysis/decide.js';
import { InputError } from '../errors.js';
import { gitOutput as git, readCommit } from '../io/git-info.js';
import { expandPatterns } from '../io/glob.js';
import { annotationsOf } from '../history/annotate.js';
import { LocalDirectoryStore } from '../history/local.js';
import type { RunRecord } from '../history/types.js';
import { readResultFiles } from '../io/result-files.js';
import { readRules } from '../io/rules-file.js';
import type { Benchmark, Metric, ResultSet } from '../model.js';
import { outFormat, printDecision, type CliIO } from './output.js';
import { renderMarkdown } from '../report/markdown.js';
import { siteFiles } from '../history/site-files.js';

/** Runs the suite through the shell in `cwd`; its output goes to stderr so stdout stays the report. */
function runSuite(command: string, cwd: string, io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, { cwd, shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => io.stderr(c.toString()));
    child.stderr.on('data', (c: Buffer) => io.stderr(c.toString()));
    child.on('error', (e) => reject(new InputError(`--suite: could not start "${command}": ${e.message}`)));
    child.on('close', (code) => {
      if (code !== 0) reject(new InputError(`--suite: "${command}" exited with code ${code}`));
      else resolvePromise(Number(process.hrtime.bigint() - start) / 1e9);
    });
  });
}

const expand = (patterns: string[], cwd: string) =>
  expandPatterns(patterns, cwd, (p) => `--output: the suite wrote no file matching "${p}" (in ${cwd})`);

/** Several runs of one commit as one: samples pooled, single figures averaged. */
export function poolRuns(runs: ResultSet[]): ResultSet {
  const byName = new Map<string, { b: Benchmark; metrics: Map<string, Metric[]> }>();
  for (const r of runs)
    for (const b of r.benchmarks) {
      const entry = byName.get(b.name) ?? { b, metrics: new Map<string, Metric[]>() };
      for (const [k, m] of Object.entries(b.metrics)) entry.metrics.set(k, [...(entry.metrics.get(k) ?? []), m]);
      byName.set(b.name, entry);
    }
  return {
    benchmarks: [...byName.values()].map(({ b, metrics }) => ({
      ...b,
      metrics: Object.fromEntries(
        [...metrics].map(([k, ms]) => {
          const samples = ms.every((m) => m.samples) ? ms.flatMap((m) => m.samples ?? []) : undefined;
          const first = ms[0] as Metric;
          const value = ms.reduce((s, m) => s + m.value, 0) / ms.length;
          return [k, { value, unit: first.unit, direction: first.direction, ...(samples ? { samples } : {}) }];
        }),
      ),
    })),
  };
}

export async function runCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      suite: { type: 'string' },
      output: { type: 'string', multiple: true },
      'history-dir': { type: 'string' },
      config: { type: 'string' },
      tool: { type: 'string' },
      name: { type: 'string' },
      format: { type: 'string' },
      markdown: { type: 'string' },
      branch: { type: 'string' },
      'baseline-ref': { type: 'string' },
      'current-ref': { type: 'string' },
      runs: { type: 'string' },
    },
  });
  if (!values.suite) throw new InputError('run: expected --suite CMD (the command that runs the benchmarks)');
  if (!values.output?.length)
    throw new InputError('run: expected --output FILE (the result file(s) the suite writes; globs allowed)');
  const format = outFormat(values.format);
  const name = values.name ?? 'benchmarks';
  const { rules } = await readRules(values.config);
  const cwd = process.cwd();

  if (values['baseline-ref'] || values['current-ref']) {
    const runs = Number(values.runs ?? 3);
    if (!Number.isInteger(runs) || runs < 1 || runs > 50)
      throw new InputError(`--runs: expected a whole number from 1 to 50, got "${values.runs}"`);
    const decision = await compareRefs(
      values['baseline-ref'] ?? 'main',
      values['current-ref'] ?? 'HEAD',
      runs,
      values.suite,
      values.output,
      values.tool,
      rules,
      io,
    );
    printDecision(decision, format, io, name);
    if (values.markdown) await writeFile(values.markdown, renderMarkdown(decision, { name }) + '\n');
    return decision.verdict === 'fail' ? 1 : 0;
  }

  const suiteSeconds = await runSuite(values.suite, cwd, io);
  const head = await readResultFiles(await expand(values.output, cwd), values.tool);
  head.run = { ...head.run, suiteSeconds };
  const historyDir = resolve(values['history-dir'] ?? '.causal-perf/history');
  const clock = io.clock ?? systemClock;
  const store = new LocalDirectoryStore(historyDir, {
    site: siteFiles,
    clock,
    statistic: rules.statistic,
    warn: (m) => io.stderr(`warning: ${m}\n`),
  });
  const branch = values.branch ?? (await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD'])) ?? 'local';
  const history = await store.load({ suite: name, branch, limit: rules.history });
  const decision = decide(
    head,
    history.map((r) => r.results),
    rules,
  );
  printDecision(decision, format, io, name);
  if (values.markdown) await writeFile(values.markdown, renderMarkdown(decision, { name }) + '\n');
  const commit = (await readCommit(cwd)) ?? { sha: 'local' };
  const record: RunRecord = {
    version: 1,
    suite: name,
    commit,
    branch,
    event: 'local',
    runId: `${process.pid}-${Date.now()}`,
    recordedAt: clock().toISOString(),
    results: head,
  };
  await store.append(record, annotationsOf(decision));
  io.stderr(
    `Recorded in ${historyDir} (trend page: ${join(historyDir, 'index.html')}; serve it with: causal-perf serve ${historyDir})\n`,
  );
  return decision.verdict === 'fail' ? 1 : 0;
}

/** Measures two refs of the current repository in temporary worktrees, alternating runs to spread machine drift. */
async function compareRefs(
  baseRef: string,
  currentRef: string,
  runs: number,
  suite: string,
  outputs: string[],
  tool: string | undefined,
  rules: Awaited<ReturnType<typeof readRules>>['rules'],
  io: CliIO,
): Promise<Decision> {
  const top = await git(process.cwd(), ['rev-parse', '--show-toplevel']);
  if (!top) throw new InputError('run --baseline-ref/--current-ref: expected to be inside a git repository');
  const shas: string[] = [];
  for (const ref of [baseRef, currentRef]) {
    const sha = await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (!sha) throw new InputError(`run: "${ref}" is not a commit of ${top}`);
    shas.push(sha);
  }
  const dir = await mkdtemp(join(tmpdir(), 'causal-perf-refs-'));
  const trees = [join(dir, 'baseline'), join(dir, 'current')];
  try {
    for (let i = 0; i < 2; i++) {
      // Not gitOutput: a worktree that cannot be made must stop the comparison.
      await promisify(execFile)('git', [
        '-C',
        top,
        'worktree',
        'add',
        '--detach',
        '--quiet',
        trees[i] as string,
        shas[i] as string,
      ]);
    }
    const results: ResultSet[][] = [[], []];
    for (let r = 0; r < runs; r++) {
      // Alternate the order so a machine that slows down over time does not favour one side.
      for (const side of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const tree = trees[side] as string;
        io.stderr(`== ${side === 0 ? baseRef : currentRef} (${(shas[side] as string).slice(0, 10)}), run ${r + 1} of ${runs}\n`);
        await runSuite(suite, tree, io);
        (results[side] as ResultSet[]).push(await readResultFiles(await expand(outputs, tree), tool));
      }
    }
    return decide(poolRuns(results[1] as ResultSet[]), results[0] as ResultSet[], rules);
  } finally {
    for (const tree of trees) await git(top, ['worktree', 'remove', '--force', tree]);
    await git(top, ['worktree', 'prune']);
    await rm(dir, { recursive: true, force: true });
  }
}
