#!/usr/bin/env node
/**
 * `causal-perf`: the same engine as the action, on a workstation or in any CI.
 * Exit codes: 0 pass, 1 a rule failed, 2 bad input or usage.
 */
import { pushAll } from '../arrays.js';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importBenchmarkActionHistory } from '../history/import.js';
import { defaultBranchName } from '../io/git.js';
import { historyFiles, openHistory } from '../history/open.js';
import { checkHistory, repairHistory } from '../history/repair.js';
import { testbedOf } from '../history/types.js';
import { formatChange, formatInterval, visible } from '../report/format.js';
import { defaultBranchOf, findChanges } from '../pipeline/drift.js';
import { defaultTestbed, sampleTime } from '../report/labels.js';
// The metrics code (prom-client, ~110 KB, ~20 ms of CPU to load) only for the commands that use it.
import type { RemoteWriteTarget, Timeseries } from '../io/remote-write.js';
const metricsCode = () => import('../report/metrics.js');
import { decide, type Decision } from '../analysis/decide.js';
import { siteFiles } from '../history/site-files.js';
import { runCommand } from './run.js';
import { bisectCommand } from './bisect.js';
import { serveDirectory } from '../io/serve.js';
import { InputError, errorMessage } from '../errors.js';
import { splitCredentials } from '../io/endpoint.js';
import { FORMATS } from '../formats/registry.js';
import { readResultFiles } from '../io/result-files.js';
import { systemClock } from '../io/clock.js';
import { runPipeline } from '../pipeline/index.js';
import { judgedRows } from '../pipeline/baseline.js';
import { consoleChannel, consoleFormat } from '../report/channels/console.js';
import { readRules } from '../io/rules-file.js';
import { cliLog, type CliIO } from './output.js';
import { VERSION } from '../version.js';

const HELP = `causal-perf ${VERSION} — continuous benchmarking that is right on noisy runners

Usage:
  causal-perf parse FILE... [--tool NAME]
      Print the normalized results JSON of one run (files are merged).
  causal-perf compare --head FILE... [--base FILE]... [--config FILE] [--tool NAME]
                      [--format json|markdown|text]
      Decide whether the head run regressed against prior runs (--base repeats: oldest first).
      Exit 0 = pass, 1 = a rule failed, 2 = bad input.
  causal-perf run --suite CMD --output FILE... [--history-dir DIR] [--name SUITE] [--config FILE]
                  [--format json|markdown|text] [--markdown FILE] [--branch NAME] [--confirm-runs N]
                  [--confirm-max-minutes M] [--confirm-ab REF [--setup CMD] [--max-rounds 30]
                  [--max-minutes 30]] [--testbed NAME] [--accept GLOB]... [--tool NAME] [--no-record]
                  [--measure time|instructions [--instructions-harness pytest|env]
                  [--instructions-command CMD]]
      Run the suite, compare with the local history (default .causal-perf/history), print the
      report, record the run and write the trend page into the history directory (baselines per
      --testbed, by default this machine's platform-arch; --no-record leaves the history as it
      was). A branch with fewer than 5 runs is judged with the default branch's runs before it (its
      start point). Rows one run cannot decide are
      re-measured in up to --confirm-runs N more runs (default 3, 0: off; at most M minutes,
      default 10), only the undecided benchmarks, named in CAUSAL_PERF_BENCHMARKS; with
      --confirm-ab REF, rows still undecided are measured in paired rounds against commit REF (in a
      temporary worktree; --setup runs there first) and take the paired verdict. --accept GLOB
      (or a "Perf-Accepted: GLOB" trailer in the commit) accepts an intended change: those rows
      do not fail, say who accepted them, and the new level is the baseline from then on.
      --measure instructions also counts each benchmark's instructions per call under Valgrind
      (metric instructions, default rule +1 %): pytest-benchmark suites unchanged (the pytest
      harness; --instructions-command is the Python, default python3), other suites run the
      benchmarks in CAUSAL_PERF_BENCHMARKS, each body CAUSAL_PERF_ITERATIONS times (env harness).
  causal-perf run --baseline-ref REF [--baseline-ref REF]... --current-ref REF --suite CMD --output FILE...
                  [--setup CMD] [--min-rounds 3] [--max-rounds 30] [--max-minutes 30] [--runs N]
      Same-job A/B: measure two commits of this repository in temporary worktrees on this machine,
      in interleaved rounds, until every benchmark is decided from the paired rounds (or the limits;
      --runs N: exactly N rounds). --setup CMD runs once in each worktree first (a worktree has no
      installed dependencies). The local check before pushing. With several --baseline-ref (a
      release against earlier releases), the current ref is measured against each in turn and
      reported as one table with a column per version (JSON: { comparisons: [...] }).
  causal-perf bisect --good REF [--bad REF] --suite CMD --output FILE... [--benchmark NAME-OR-GLOB]...
                     [--setup CMD] [--max-minutes 60] [--min-rounds 3] [--max-rounds 20]
                     [--all-parents] [--format json|text] [--config FILE]
      Find the first commit after --good (up to --bad, default HEAD; first-parent history unless
      --all-parents) whose benchmarks break their rule against --good. Each probe measures the
      candidate and --good in temporary worktrees, in interleaved rounds until the paired test says
      same or different; a probe that stays unknown is repeated once. Without --benchmark, the
      benchmarks that break on --bad are followed. Exit 0 = found, 1 = unknown, 2 = bad input.
  causal-perf serve DIR [--port N]
      Serve a history directory's trend page on http://127.0.0.1:N/ (default 8080).
  causal-perf import DATA_JS --history-dir DIR [--branch NAME]
      Copy a github-action-benchmark history (its gh-pages dev/bench/data.js or external JSON
      file) into a causal-perf history directory, keeping every suite's trend line.
  causal-perf export --format openmetrics REPORT_OR_RESULTS.json [--suite NAME] [--testbed NAME]
      Print the metrics (see the README's metrics contract) as OpenMetrics text: from a report JSON
      (the action's report-json, compare --format json) with its verdict, or from a result file.
  causal-perf export --remote-write-url URL (REPORT_OR_RESULTS.json | --history-dir DIR [--suite S] [--branch B])
      Send them with the Prometheus remote-write protocol instead, stamped with the commit's time;
      with --history-dir, every stored run of one branch (a backfill; the default branch unless
      named). Auth from CAUSAL_PERF_REMOTE_WRITE_TOKEN (bearer) or CAUSAL_PERF_REMOTE_WRITE_BASIC_AUTH
      (user:password).
  causal-perf history compare --history-dir DIR --run ID [--suite S] [--config FILE]
                             [--format json|markdown|text]
      Judge a stored or imported run (a run id or a commit sha) against the runs of its branch and
      testbed recorded before it, as its push was judged; exit 1 when it breaks a rule.
  causal-perf history changes --history-dir DIR [--suite S] [--branch B] [--format json|text]
      Drift: change points in each benchmark's series (E-divisive means, p ≤ 0.001), newest first,
      with the commits where the level moved and whether the gate flagged any of them.
  causal-perf history check|repair --history-dir DIR
      Check a history (a directory written by causal-perf run, or a clone of the gh-pages branch's
      folder): suites, runs, months, unreadable files, orphans. check exits 1 when it finds damage;
      repair rebuilds the derived files from the run files and keeps damaged ones in quarantine/.
  causal-perf --help | --version

Tools (auto-detected from the content when --tool is absent):
${FORMATS.map((f) => `  ${f.name.padEnd(16)} ${f.description}`).join('\n')}
`;

export type { CliIO } from './output.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, Command> = {
  bisect: bisectCommand,
  async parse(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { tool: { type: 'string' } } });
    if (positionals.length === 0) throw new InputError('parse: expected at least one result FILE');
    const results = await readResultFiles(positionals, values.tool);
    io.stdout(JSON.stringify(results, null, 2) + '\n');
    return 0;
  },

  async compare(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        head: { type: 'string', multiple: true },
        base: { type: 'string', multiple: true },
        config: { type: 'string' },
        tool: { type: 'string' },
        format: { type: 'string' },
      },
    });
    if (!values.head?.length) throw new InputError('compare: expected --head FILE (the run to judge)');
    const format = consoleFormat(values.format);
    const { rules } = await readRules(values.config);
    const files = (patterns: string[]) => ({ patterns, cwd: process.cwd(), missing: () => '', tool: values.tool, expand: false });
    const { decision } = await runPipeline(
      {
        name: 'benchmarks',
        rules,
        head: { results: files(values.head) },
        baseline: { from: 'files', files: files(values.base ?? []) },
      },
      { channels: [consoleChannel(format, io.stdout, { heading: false })], clock: io.clock ?? systemClock, log: cliLog(io) },
    );
    return decision.verdict === 'fail' ? 1 : 0;
  },

  run: runCommand,

  async export(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        suite: { type: 'string' },
        testbed: { type: 'string' },
        'remote-write-url': { type: 'string' },
        'history-dir': { type: 'string' },
        branch: { type: 'string' },
      },
    });
    const url = values['remote-write-url'];
    if (url !== undefined && !/^https?:\/\/[^/]/.test(url))
      throw new InputError(`--remote-write-url: expected an http(s) URL, got "${splitCredentials(url).url}"`);
    if (values['history-dir'] !== undefined) {
      if (!url) throw new InputError('export --history-dir: expected --remote-write-url URL (where the history goes)');
      if (positionals.length) throw new InputError('export --history-dir: expected no file arguments');
      return backfill(url, values['history-dir'], values.suite, values.testbed, io, values.branch);
    }
    if ((values.format ?? 'openmetrics') !== 'openmetrics')
      throw new InputError(`--format: expected openmetrics, got "${values.format}"`);
    const file = positionals[0];
    if (!file || positionals.length !== 1) throw new InputError('export: expected one REPORT_OR_RESULTS.json file');
    const text = await readText(file);
    let report:
      (Decision & { suite?: string; commit?: { sha?: string; timestamp?: string }; event?: string; branch?: string }) | undefined;
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      if (typeof json.verdict === 'string' && Array.isArray(json.results)) report = json as unknown as typeof report;
    } catch {
      // Not JSON: a result file of another format.
    }
    const results = report ? undefined : await readResultFiles([file]);
    const st = await stat(file);
    const facts = {
      suite: values.suite ?? report?.suite ?? 'benchmarks',
      testbed: values.testbed ?? defaultTestbed(),
      sha: report?.commit?.sha,
      event: report?.event,
      branch: report?.branch,
      at: st.mtime,
    };
    const { metricsTimeseries, renderOpenMetrics } = await metricsCode();
    if (url) {
      const when = sampleTime(report?.commit?.timestamp, st.mtime);
      const series = await metricsTimeseries(results, report, facts, when.getTime());
      const target = remoteTarget(url);
      await remoteWriteOrExplain(target, series);
      io.stdout(`Remote-wrote ${series.length} series to ${target.url}, stamped ${when.toISOString()}.\n`);
      return 0;
    }
    io.stdout(await renderOpenMetrics(results, report, facts));
    return 0;
  },

  async history(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'history-dir': { type: 'string' },
        suite: { type: 'string' },
        branch: { type: 'string' },
        format: { type: 'string' },
        run: { type: 'string' },
        config: { type: 'string' },
      },
    });
    const action = positionals[0];
    if (action !== 'check' && action !== 'repair' && action !== 'changes' && action !== 'compare')
      throw new InputError('history: expected check, repair, changes or compare (see --help)');
    const dir = values['history-dir'];
    if (!dir) throw new InputError(`history ${action}: expected --history-dir DIR`);
    const st = await stat(join(dir, 'data')).catch(() => undefined);
    if (!st?.isDirectory()) throw new InputError(`history ${action}: ${dir}: expected a history directory (with data/ in it)`);
    if (action === 'compare') return historyCompare(dir, values, io);
    const files = historyFiles(dir);
    const report = await checkHistory(files.reader);
    if (action === 'changes') {
      const format = values.format ?? 'text';
      if (format !== 'json' && format !== 'text') throw new InputError(`--format: expected json or text, got "${format}"`);
      const history = await openHistory({ storage: 'local', local: { dir }, warn: cliLog(io).warn, record: false });
      const suites = values.suite ? [values.suite] : report.suites.map((s) => s.name);
      const changes = await findChanges(history.read!, suites, { branch: values.branch });
      if (format === 'json') io.stdout(JSON.stringify({ changes }, null, 2) + '\n');
      else {
        if (changes.length === 0) io.stdout('No change points.\n');
        for (const c of changes)
          io.stdout(
            `${c.at.slice(0, 10)} ${visible(c.suite)} ${visible(c.benchmark)} ${visible(c.metric)}${c.testbed ? ` [${visible(c.testbed)}]` : ''}: ${formatChange(c.ratio)} (${formatInterval(c.interval)}) between ${c.from_sha.slice(0, 10)} and ${c.to_sha.slice(0, 10)}${c.flagged_by_gate ? '' : ' — not flagged by the gate'}\n`,
          );
      }
      return 0;
    }
    const runs = report.suites.reduce((n, s) => n + s.runs, 0);
    io.stdout(`${report.suites.length} suite${report.suites.length === 1 ? '' : 's'}, ${runs} runs\n`);
    for (const s of report.suites)
      io.stdout(
        `  ${visible(s.name)} (data/${s.id}): ${s.runs} runs in ${s.months.length} months${s.months.length ? ` (${s.months[0]} … ${s.months.at(-1)})` : ''}\n`,
      );
    for (const u of report.unreadable) io.stdout(`unreadable: ${visible(u.path)}: ${visible(u.why)}\n`);
    for (const o of report.orphans) io.stdout(`orphan (a run file no run log lists): ${visible(o)}\n`);
    for (const m of report.missing) io.stdout(`missing (listed, but no run file): ${visible(m)}\n`);
    for (const m of report.derived) io.stdout(`missing (derived; repair rebuilds it from the run files): ${visible(m)}\n`);
    const damaged = report.unreadable.length + report.orphans.length + report.derived.length;
    if (action === 'check') {
      io.stdout(
        damaged + report.missing.length === 0
          ? 'History is consistent.\n'
          : `Run: causal-perf history repair --history-dir ${dir}\n`,
      );
      return damaged + report.missing.length === 0 ? 0 : 1;
    }
    const { writes, deletes } = await repairHistory(files.reader, { warn: cliLog(io).warn, clock: io.clock });
    await files.apply(writes, deletes);
    const moved = [...writes.keys()].filter((p) => p.startsWith('quarantine/')).length;
    io.stdout(
      `Repaired: rebuilt ${writes.size - moved} derived files from ${runs} run files; ${moved} damaged file${moved === 1 ? '' : 's'} kept under quarantine/.\n`,
    );
    // What no repair can bring back: runs whose run files are gone (their log entries are dropped).
    if (report.missing.length)
      io.stdout(
        `Lost: ${report.missing.length} run${report.missing.length === 1 ? '' : 's'} whose run files are gone: ${report.missing.map(visible).join(', ')}\n`,
      );
    return 0;
  },

  async serve(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { port: { type: 'string' } } });
    const dir = positionals[0];
    if (!dir) throw new InputError('serve: expected the history DIR');
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new InputError(`--port: expected a port number, got "${values.port}"`);
    const st = await stat(dir).catch(() => undefined);
    if (!st?.isDirectory()) throw new InputError(`serve: ${dir}: expected a directory (a history written by causal-perf run)`);
    const server = await serveDirectory(dir, port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES')
        throw new InputError(
          `--port: ${port} cannot be used (${error.code === 'EADDRINUSE' ? 'already in use' : 'not allowed'}); choose another with --port N`,
        );
      throw error;
    });
    io.stdout(`Serving ${dir} on ${server.url}/ (Ctrl-C to stop)\n`);
    await new Promise(() => {});
    return 0;
  },

  async import(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'history-dir': { type: 'string' }, branch: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new InputError('import: expected one DATA_JS file (github-action-benchmark history)');
    if (!values['history-dir']) throw new InputError('import: expected --history-dir DIR (where the causal-perf history goes)');
    const source = positionals[0] as string;
    // github-action-benchmark kept no branch: the runs are the default branch's (its action records pushes there).
    const found = values.branch ? undefined : await defaultBranchName(process.cwd());
    const branch = values.branch ?? found ?? 'main';
    const whence = values.branch
      ? '--branch'
      : found
        ? "this repository's default branch"
        : "no git repository here to ask for its default branch; say --branch if it is not 'main'";
    const { runs, skipped } = importBenchmarkActionHistory(await readText(source), source, { branch });
    if (skipped > 0)
      cliLog(io).warn(
        `${source}: skipped ${skipped} figure${skipped === 1 ? '' : 's'} without a value (null: a benchmark that failed in that run)`,
      );
    const history = await openHistory({
      storage: 'local',
      local: { dir: values['history-dir'] },
      site: siteFiles,
      warn: cliLog(io).warn,
      record: true,
    });
    for (const run of runs) for (const { store } of history.write) await store.append(run);
    const suites = new Set(runs.map((r) => r.suite));
    io.stdout(
      `Imported ${runs.length} runs of ${suites.size} suites (${[...suites].join(', ')}) into ${values['history-dir']} as runs of branch ${branch} (${whence})\n`,
    );
    return 0;
  },
};

/**
 * `history compare --run ID`: a stored (or imported) run judged against the runs of its branch and
 * testbed recorded before it, as its push would have been (decide()'s `continues` and `judged`), so
 * a whole imported history can be replayed run by run. ID is a run id or a commit sha (or its prefix).
 */
async function historyCompare(
  dir: string,
  values: { suite?: string; run?: string; format?: string; config?: string },
  io: CliIO,
): Promise<number> {
  if (!values.run) throw new InputError('history compare: expected --run ID (a run id or a commit sha)');
  const format = consoleFormat(values.format);
  const { rules } = await readRules(values.config);
  const history = await openHistory({ storage: 'local', local: { dir }, warn: cliLog(io).warn, record: false });
  const report = await checkHistory(historyFiles(dir).reader);
  const suites = values.suite ? [values.suite] : report.suites.map((s) => s.name);
  const wanted = values.run;
  for (const suite of suites) {
    const runs = await history.read!.load({ suite, limit: Number.MAX_SAFE_INTEGER });
    let at = -1;
    runs.forEach((r, i) => {
      if (r.runId === wanted || (wanted.length >= 7 && r.commit.sha.startsWith(wanted))) at = i;
    });
    if (at < 0) continue;
    const run = runs[at]!;
    const prior = runs
      .slice(0, at)
      .filter((r) => r.branch === run.branch && testbedOf(r) === testbedOf(run))
      .slice(-(rules.history + 1));
    const last = prior.at(-1);
    const decision = decide(
      run.results,
      prior.map((r) => r.results),
      rules,
      last ? { continues: { previous: last.commit.sha.slice(0, 7) }, judged: prior.map(judgedRows) } : {},
    );
    decision.notes.push(
      `Run ${run.runId ?? ''} (${run.commit.sha.slice(0, 7)}, ${run.branch ?? 'no branch'}, recorded ${run.recordedAt}) of ${suite}, judged against the ${Math.min(prior.length, rules.history)} runs of its branch and testbed before it.`,
    );
    await runPipeline(
      { name: suite, rules, head: { measured: run.results }, baseline: { from: 'decided', decision } },
      { channels: [consoleChannel(format, io.stdout, { heading: false })], clock: io.clock ?? systemClock, log: cliLog(io) },
    );
    return decision.verdict === 'fail' ? 1 : 0;
  }
  throw new InputError(
    `history compare: --run ${wanted}: no stored run has that id or commit${values.suite ? ` in suite ${values.suite}` : ''}`,
  );
}

/** The remote-write endpoint, with a token or basic auth from the environment (never a flag: ps shows flags). */
function remoteTarget(raw: string): RemoteWriteTarget {
  const { url, basic: fromUrl } = splitCredentials(raw);
  const token = process.env.CAUSAL_PERF_REMOTE_WRITE_TOKEN?.trim();
  const basic = process.env.CAUSAL_PERF_REMOTE_WRITE_BASIC_AUTH?.trim() || fromUrl;
  return { url, ...(token ? { token } : basic ? { basic } : {}) };
}

async function remoteWriteOrExplain(target: RemoteWriteTarget, series: Timeseries[]): Promise<void> {
  const { remoteWrite } = await import('../io/remote-write.js');
  try {
    await remoteWrite(target, series);
  } catch (error) {
    // Unreachable or refusing: the user's input (the URL, the receiver's settings), not a crash. The
    // URL is named (without credentials): "fetch failed" alone does not say where.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message;
    throw new InputError(`--remote-write-url: ${target.url}: ${errorMessage(error)}${why ? ` (${why})` : ''}`);
  }
}

/**
 * Every stored run of a history to a remote-write receiver, oldest first, each stamped with its
 * commit's time (the time it was recorded when the commit has none): the way from a gh-pages branch
 * to a long-term Prometheus store. A receiver must accept old samples (Prometheus:
 * storage.tsdb.out_of_order_time_window, as in monitoring/prometheus.yml).
 */
async function backfill(
  url: string,
  dir: string,
  suite: string | undefined,
  testbed: string | undefined,
  io: CliIO,
  branchName?: string,
) {
  const st = await stat(join(dir, 'data')).catch(() => undefined);
  if (!st?.isDirectory()) throw new InputError(`export --history-dir: ${dir}: expected a history directory (with data/ in it)`);
  const report = await checkHistory(historyFiles(dir).reader);
  const history = await openHistory({ storage: 'local', local: { dir }, warn: cliLog(io).warn, record: false });
  const suites = suite ? [suite] : report.suites.map((s) => s.name);
  let runs = 0;
  let series = 0;
  let shifted = 0;
  let skippedRuns = 0;
  const branches = new Set<string>();
  const target = remoteTarget(url);
  for (const name of suites) {
    const all = await history.read!.load({ suite: name, limit: Number.MAX_SAFE_INTEGER });
    if (suite && all.length === 0) throw new InputError(`--suite: no runs of "${suite}" in ${dir}`);
    // One branch: the series carry no branch label, so a feature branch's runs would sit on the
    // default branch's lines (runs recorded without a branch belong to every branch).
    const branch = branchName ?? defaultBranchOf(all);
    const records = all.filter((r) => r.branch === undefined || branch === undefined || r.branch === branch);
    if (branchName && records.length === 0) throw new InputError(`--branch: no runs of branch "${branchName}" in ${dir}`);
    skippedRuns += all.length - records.length;
    if (branch) branches.add(branch);
    const batch: Timeseries[] = [];
    const { metricsTimeseries } = await metricsCode();
    // Runs of one commit (re-runs, scheduled runs, a replicated push) share its time: a receiver keeps
    // one sample per series and time, so each later one is placed a millisecond after, and every run
    // arrives (seen: a backfill of 21 runs kept 2 samples per benchmark).
    const taken = new Map<string, Set<number>>();
    for (const r of records) {
      const bed = testbed ?? testbedOf(r) ?? 'unknown';
      const times = taken.get(bed) ?? taken.set(bed, new Set()).get(bed)!;
      let ms = sampleTime(r.commit.timestamp, new Date(r.recordedAt)).getTime();
      if (times.has(ms)) shifted++;
      while (times.has(ms)) ms++;
      times.add(ms);
      const when = new Date(ms);
      batch.push(
        ...(await metricsTimeseries(
          r.results,
          undefined,
          {
            suite: name,
            testbed: bed,
            sha: r.commit.sha,
            branch: r.branch,
            event: r.event,
            at: when,
            recorded: { verdict: r.verdict, flagged: r.flagged },
          },
          when.getTime(),
        )),
      );
      runs++;
    }
    await remoteWriteOrExplain(target, mergeSeries(batch));
    series += batch.length;
  }
  await history.close?.();
  io.stdout(
    `Remote-wrote ${runs} runs of ${suites.length} suite${suites.length === 1 ? '' : 's'}${branches.size ? ` on ${[...branches].join(', ')}` : ''} (${series} samples) to ${target.url}.${skippedRuns ? ` ${skippedRuns} run${skippedRuns === 1 ? '' : 's'} of other branches left out (--branch NAME sends one of them).` : ''}${shifted ? ` ${shifted} run${shifted === 1 ? '' : 's'} shared a commit's time with another of its suite and testbed and ${shifted === 1 ? 'was' : 'were'} placed 1 ms after it, so every run is kept.` : ''}\n`,
  );
  return 0;
}

/** One series per label set with its samples in time order, as a receiver wants them. */
function mergeSeries(series: Timeseries[]): Timeseries[] {
  const byKey = new Map<string, Timeseries>();
  for (const s of series) {
    const key = JSON.stringify(s.labels);
    const hit = byKey.get(key);
    if (hit) pushAll(hit.samples, s.samples);
    else byKey.set(key, { labels: s.labels, samples: [...s.samples] });
  }
  for (const s of byKey.values()) s.samples.sort((a, b) => a.timestamp - b.timestamp);
  return [...byKey.values()];
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
}

/** One command's part of the help text (its usage lines and what they do). */
export function commandHelp(command: string): string {
  const lines = HELP.split('\n');
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const head = /^ {2}causal-perf (\S+)/.exec(line);
    if (head) inside = head[1] === command;
    else if (!/^ {4,}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  return `Usage:\n${out.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    // Own keys only: "constructor", "toString" or "__proto__" are not commands.
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (run && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout(commandHelp(command));
      return 0;
    }
    if (!run)
      throw new InputError(`unknown command "${command}"; expected one of: ${Object.keys(commands).join(', ')} (see --help)`);
    return await run(rest, io);
  } catch (error) {
    // parseArgs reports unknown options with a code; those are usage errors like ours.
    const usage = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (error instanceof InputError || usage) {
      io.stderr(`causal-perf: ${errorMessage(error)}\n`);
      return 2;
    }
    throw error;
  }
}
