#!/usr/bin/env node
import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  FORMATS,
  VERSION,
  abDecision,
  acceptedInMessage,
  bisect,
  comparisonsJson,
  decide,
  defaultBranchOf,
  describeStep,
  findChanges,
  formatChange,
  formatInterval,
  historyFiles,
  judgedRows,
  machineFacts,
  mapPeerFigure,
  measureRefs,
  openHistory,
  parseJsonText,
  readResultFiles,
  readRules,
  remoteWrite,
  renderComparisons,
  renderMarkdown,
  renderText,
  reportFilesChannel,
  runPipeline,
  siteFiles,
  splitCredentials,
  stepChange,
  visible
} from "./chunks/chunk-ZWNK7ZMD.js";
import {
  metricsTimeseries,
  renderOpenMetrics
} from "./chunks/chunk-WWWMNLK5.js";
import {
  defaultTestbed,
  sampleTime
} from "./chunks/chunk-C2NF5WOG.js";
import "./chunks/chunk-X7CKTBUR.js";
import {
  InputError,
  checkRef,
  defaultBranchName,
  errorMessage,
  gitOutput,
  installSignalCleanup,
  readCommit
} from "./chunks/chunk-COK7UBMR.js";
import {
  checkHistory,
  pushAll,
  repairHistory,
  systemClock,
  testbedOf
} from "./chunks/chunk-Q7PTPT4K.js";
import "./chunks/chunk-QSE4L5OW.js";

// src/cli/main.ts
import { readFile as readFile2, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/history/import.ts
function splitPeerUnit(bench) {
  const parts = bench.unit.split("	").map((p) => p.trim());
  if (parts.length < 2) return [bench];
  const out = [{ ...bench, unit: parts[0] }];
  for (const part of parts.slice(1)) {
    const m = /^(-?[\d.]+(?:e[-+]?\d+)?)\s+(\S+)$/i.exec(part);
    if (m && Number.isFinite(Number(m[1]))) out.push({ name: bench.name, value: Number(m[1]), unit: m[2] });
  }
  return out;
}
function importBenchmarkActionHistory(text, source, options = {}) {
  let skipped = 0;
  const json = text.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, "").replace(/;\s*$/, "");
  const data = parseJsonText(json, source);
  if (!data || typeof data !== "object" || typeof data.entries !== "object" || data.entries === null) {
    throw new InputError(
      `${source}: expected github-action-benchmark data with an "entries" object (window.BENCHMARK_DATA = {...})`
    );
  }
  const runs = [];
  for (const [suite, entries] of Object.entries(data.entries)) {
    if (!Array.isArray(entries)) throw new InputError(`${source}: entries["${suite}"]: expected an array of runs`);
    entries.forEach((entry, i) => {
      const where = `${source}: entries["${suite}"][${i}]`;
      if (!entry?.commit?.id || !Array.isArray(entry.benches) || typeof entry.date !== "number") {
        throw new InputError(`${where}: expected {commit: {id}, date, tool, benches: [...]}`);
      }
      const byName = /* @__PURE__ */ new Map();
      entry.benches.forEach((bench, j) => {
        if (typeof bench?.name === "string" && (bench.value === null || bench.value === void 0)) {
          skipped++;
          return;
        }
        if (typeof bench?.name !== "string" || typeof bench.value !== "number" || !Number.isFinite(bench.value)) {
          throw new InputError(`${where}.benches[${j}]: expected {name, value: number, unit}`);
        }
        for (const figure of splitPeerUnit({ ...bench, unit: String(bench.unit ?? "") })) {
          const { key, metric, name } = mapPeerFigure(figure, entry.tool);
          const b = byName.get(name) ?? { name, metrics: {} };
          b.metrics[key] = metric;
          byName.set(name, b);
        }
      });
      runs.push({
        version: 1,
        suite,
        commit: {
          sha: entry.commit.id,
          message: entry.commit.message,
          author: entry.commit.author?.name ?? entry.commit.author?.username,
          timestamp: entry.commit.timestamp,
          url: entry.commit.url
        },
        branch: options.branch,
        event: "import",
        runId: `import-${i}`,
        recordedAt: new Date(entry.date).toISOString(),
        results: { benchmarks: [...byName.values()], run: { tool: entry.tool } }
      });
    });
  }
  return { runs, skipped };
}

// src/cli/run.ts
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/report/channels/console.ts
var CONSOLE_FORMATS = ["json", "markdown", "text"];
function consoleFormat(value) {
  const v = value ?? "text";
  if (!CONSOLE_FORMATS.includes(v))
    throw new InputError(`--format: expected one of ${CONSOLE_FORMATS.join(", ")}, got "${v}"`);
  return v;
}
function consoleChannel(format, write, options = {}) {
  return {
    what: "print the report",
    required: true,
    async publish(decision, { name }) {
      if (format === "json") write(JSON.stringify(decision, null, 2) + "\n");
      else if (format === "markdown") write(renderMarkdown(decision, options.heading === false ? {} : { name }) + "\n");
      else write(renderText(decision));
    }
  };
}

// src/cli/run.ts
import { writeFile } from "node:fs/promises";

// src/cli/output.ts
var cliLog = (io) => ({
  info: (m) => io.stderr(`${m}
`),
  warn: (m) => io.stderr(`warning: ${m}
`)
});

// src/cli/run.ts
var OPTIONS = {
  suite: { type: "string" },
  output: { type: "string", multiple: true },
  "history-dir": { type: "string" },
  config: { type: "string" },
  tool: { type: "string" },
  name: { type: "string" },
  testbed: { type: "string" },
  format: { type: "string" },
  markdown: { type: "string" },
  branch: { type: "string" },
  "baseline-ref": { type: "string", multiple: true },
  "current-ref": { type: "string" },
  runs: { type: "string" },
  "min-rounds": { type: "string" },
  "max-rounds": { type: "string" },
  "max-minutes": { type: "string" },
  "confirm-runs": { type: "string" },
  "confirm-max-minutes": { type: "string" },
  "confirm-ab": { type: "string" },
  accept: { type: "string", multiple: true },
  "no-record": { type: "boolean" },
  setup: { type: "string" },
  measure: { type: "string" },
  "instructions-harness": { type: "string" },
  "instructions-command": { type: "string" }
};
async function runCommand(args, io) {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.suite) throw new InputError("run: expected --suite CMD (the command that runs the benchmarks)");
  if (!values.output?.length)
    throw new InputError("run: expected --output FILE (the result file(s) the suite writes; globs allowed)");
  const format = consoleFormat(values.format);
  const name = values.name ?? "benchmarks";
  const { rules } = await readRules(values.config);
  const cwd = process.cwd();
  const channels = [consoleChannel(format, io.stdout)];
  if (values.markdown) channels.push(reportFilesChannel({ markdown: values.markdown }));
  const clock = io.clock ?? systemClock;
  const log = cliLog(io);
  const deps = { channels, clock, log, suiteOutput: io.stderr };
  if (values["baseline-ref"] || values["current-ref"]) {
    const { minRounds, maxRounds, maxMinutes: maxMinutes2 } = abCaps(values);
    const currentRef = values["current-ref"] ?? "HEAD";
    const refsJob = (baseRef) => ({
      baseRef,
      currentRef,
      minRounds,
      maxRounds,
      maxMinutes: maxMinutes2,
      command: values.suite,
      ...values.setup ? { setup: values.setup } : {},
      results: { patterns: values.output, tool: values.tool },
      cwd,
      rules
    });
    const baselines = values["baseline-ref"] ?? ["main"];
    if (baselines.length > 1) return compareVersions(baselines, currentRef, refsJob, format, values.markdown, io, log);
    const { outcome: outcome2, plan } = await measureRefs(refsJob(baselines[0]), log, io.stderr);
    return verdictCode(
      await runPipeline(
        { name, rules, head: { measured: outcome2.head }, baseline: { from: "decided", decision: abDecision(outcome2, plan) } },
        deps
      )
    );
  }
  const historyDir = resolve(values["history-dir"] ?? ".causal-perf/history");
  const branch = values.branch ?? await gitOutput(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]) ?? "local";
  const testbed = values.testbed?.trim() || defaultTestbed();
  const commit = await readCommit(cwd);
  const job = localJob(name, rules, values, cwd, branch, commit, testbed);
  const start = values.branch ? void 0 : await defaultBranchName(cwd);
  if (start && start !== branch && job.baseline.from === "history") job.baseline.fallbackBranch = start;
  if (values["no-record"]) delete job.record;
  const confirmRuns = whole("--confirm-runs", values["confirm-runs"] ?? String(DEFAULT_CONFIRM_RUNS), 0, 20);
  const maxMinutes = whole("--confirm-max-minutes", values["confirm-max-minutes"] ?? "10", 1, 24 * 60);
  job.accepted = [
    ...(values.accept ?? []).map((pattern) => ({ pattern, source: "--accept" })),
    ...acceptedInMessage(commit ? await gitOutput(cwd, ["log", "-1", "--format=%B"]) : void 0, commit?.author)
  ];
  const measure = values.measure ?? "time";
  if (measure !== "time" && measure !== "instructions")
    throw new InputError(`--measure: expected time or instructions, got "${measure}"`);
  const harness = values["instructions-harness"];
  if (harness !== void 0 && harness !== "pytest" && harness !== "env")
    throw new InputError(`--instructions-harness: expected pytest or env, got "${harness}"`);
  if (measure === "instructions" && !("measured" in job.head))
    job.head.instructions = {
      ...harness ? { harness } : {},
      ...values["instructions-command"] ? { command: values["instructions-command"] } : {},
      cwd,
      flag: "--measure instructions"
    };
  if (confirmRuns > 0 && !("measured" in job.head) && job.head.suite)
    job.confirm = { runs: confirmRuns, maxMinutes, suite: job.head.suite, results: job.head.results };
  if (values["confirm-ab"] !== void 0 && !("measured" in job.head) && job.head.suite)
    job.pair = await checkedPairPlan(values["confirm-ab"], cwd, values, job.head.suite.command, job.head.results);
  const outcome = await runPipeline(job, {
    ...deps,
    openHistory: () => openHistory({ storage: "local", local: { dir: historyDir }, site: siteFiles, clock, warn: log.warn, record: true })
  });
  if (outcome.recordedIn.length > 0) {
    io.stderr(`Trend page: ${resolve(historyDir, "index.html")} (serve it with: causal-perf serve ${historyDir})
`);
    const top = await gitOutput(cwd, ["rev-parse", "--show-toplevel"]);
    const inside = top !== void 0 && !relative(top, historyDir).startsWith("..");
    if (inside && await gitOutput(cwd, ["check-ignore", historyDir]) === void 0)
      io.stderr(
        `Hint: ${relative(cwd, historyDir) || "."} is inside this repository and not ignored; add it to .gitignore (or keep it elsewhere with --history-dir).
`
      );
  }
  return verdictCode(outcome);
}
function localJob(name, rules, values, cwd, branch, commit, testbed) {
  return {
    name,
    rules,
    head: {
      suite: { command: values.suite, cwd, flag: "--suite" },
      results: {
        patterns: values.output ?? [],
        cwd,
        missing: (p) => `--output: the suite wrote no file matching "${p}" (in ${cwd})`,
        tool: values.tool
      }
    },
    baseline: { from: "history", branch, testbed },
    facts: { suite: name, testbed, branch, commit },
    record: {
      commit: commit ?? { sha: "local" },
      branch,
      event: "local",
      runId: `${process.pid}-${Date.now()}`,
      environment: machineFacts(),
      testbed
    }
  };
}
async function checkedPairPlan(ref, cwd, values, command, results) {
  const top = await gitOutput(cwd, ["rev-parse", "--show-toplevel"]);
  if (!top)
    throw new InputError(
      "run --confirm-ab: expected to be inside a git repository (the base commit is measured in a worktree of it)"
    );
  checkRef(ref, "--confirm-ab");
  const baseSha = await gitOutput(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (!baseSha) throw new InputError(`run --confirm-ab: "${ref}" is not a commit of ${top}`);
  const plan = {
    repo: top,
    subdir: relative(top, cwd),
    baseSha,
    headSha: await gitOutput(top, ["rev-parse", "HEAD"]) ?? "HEAD",
    command,
    flag: "--suite",
    ...values.setup ? { setup: values.setup } : {},
    results: { patterns: results.patterns, tool: results.tool },
    // --runs belongs to the two-ref modes; pairing goes on while its rows are undecided.
    ...abCaps({ ...values, runs: void 0 })
  };
  return () => Promise.resolve(plan);
}
function abCaps(values) {
  const fixed = values.runs === void 0 ? void 0 : whole("--runs", values.runs, 1, 50);
  const minRounds = fixed ?? whole("--min-rounds", values["min-rounds"] ?? "3", 2, 100);
  return {
    minRounds,
    maxRounds: fixed ?? whole("--max-rounds", values["max-rounds"] ?? "30", minRounds, 100),
    maxMinutes: whole("--max-minutes", values["max-minutes"] ?? "30", 1, 24 * 60)
  };
}
async function compareVersions(baselines, currentRef, refsJob, format, markdownFile, io, log) {
  const comparisons = [];
  for (const ref of baselines) {
    io.stderr(`== ${currentRef} against ${ref}
`);
    const { outcome, plan } = await measureRefs(refsJob(ref), log, io.stderr);
    comparisons.push({ baseline_ref: ref, baseline_sha: plan.base.sha, decision: abDecision(outcome, plan) });
  }
  if (format === "json") io.stdout(JSON.stringify(comparisonsJson(currentRef, comparisons), null, 2) + "\n");
  else io.stdout(renderComparisons(currentRef, comparisons, format));
  if (markdownFile) await writeFile(markdownFile, renderComparisons(currentRef, comparisons, "markdown"));
  return comparisons.some((c) => c.decision.verdict === "fail") ? 1 : 0;
}
var DEFAULT_CONFIRM_RUNS = 3;
function whole(flag, raw, min, max) {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(`${flag}: expected a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}
var verdictCode = ({ decision }) => decision.verdict === "fail" ? 1 : 0;

// src/cli/bisect.ts
import { parseArgs as parseArgs2 } from "node:util";
var OPTIONS2 = {
  good: { type: "string" },
  bad: { type: "string" },
  suite: { type: "string" },
  output: { type: "string", multiple: true },
  tool: { type: "string" },
  benchmark: { type: "string", multiple: true },
  setup: { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  "min-rounds": { type: "string" },
  "max-rounds": { type: "string" },
  "max-minutes": { type: "string" },
  "all-parents": { type: "boolean" }
};
async function bisectCommand(args, io) {
  const { values } = parseArgs2({ args, options: OPTIONS2 });
  if (!values.good) throw new InputError("bisect: expected --good REF (a commit without the regression)");
  if (!values.suite) throw new InputError("bisect: expected --suite CMD (the command that runs the benchmarks)");
  if (!values.output?.length)
    throw new InputError("bisect: expected --output FILE (the result file(s) the suite writes; globs allowed)");
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") throw new InputError(`bisect: --format: expected json or text, got "${format}"`);
  const { rules } = await readRules(values.config);
  const minRounds = whole("--min-rounds", values["min-rounds"] ?? "3", 2, 100);
  const report = await bisect(
    {
      good: values.good,
      bad: values.bad ?? "HEAD",
      cwd: process.cwd(),
      command: values.suite,
      ...values.setup ? { setup: values.setup } : {},
      results: { patterns: values.output, tool: values.tool },
      ...values.benchmark?.length ? { benchmarks: values.benchmark } : {},
      allParents: values["all-parents"] ?? false,
      minRounds,
      maxRounds: whole("--max-rounds", values["max-rounds"] ?? "20", minRounds, 100),
      maxMinutes: whole("--max-minutes", values["max-minutes"] ?? "60", 1, 24 * 60),
      rules
    },
    cliLog(io),
    io.stderr,
    (step, max) => io.stderr(`${describeStep(step, max)}
`)
  );
  io.stdout(format === "json" ? JSON.stringify(report, null, 2) + "\n" : bisectText(report));
  return report.verdict === "found" ? 0 : 1;
}
function bisectText(r) {
  const rows = r.steps.map((s, i) => [
    String(i + 1),
    s.sha.slice(0, 7) + (s.attempt > 1 ? "*" : ""),
    s.result,
    String(s.rounds),
    stepChange(s),
    s.subject.length > 50 ? `${s.subject.slice(0, 49)}\u2026` : s.subject
  ]);
  const head = ["probe", "commit", "result", "rounds", "change", "subject"];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells) => cells.map((x, c) => x.padEnd(widths[c])).join("  ").trimEnd();
  const out = [
    `bisect ${r.good.slice(0, 7)}..${r.bad.slice(0, 7)}: ${r.commits} commit${r.commits === 1 ? "" : "s"}, at most ${r.maxProbes} probes; following ${r.benchmarks.length ? r.benchmarks.join(", ") : "every benchmark"}`,
    "",
    line(head),
    ...rows.map(line),
    "",
    r.culprit ? `culprit: ${r.culprit.sha.slice(0, 7)} ${r.culprit.subject} (${r.reason})` : `verdict: unknown: ${r.reason}`
  ];
  if (r.steps.some((s) => s.attempt > 1)) out.push("* a repeated probe: the first could not tell the commit from the good one");
  return out.join("\n") + "\n";
}

// src/io/serve.ts
import { createServer } from "node:http";
import { readFile, realpath } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png"
};
async function serveDirectory(root, port = 0) {
  const requests = [];
  const base = await realpath(root);
  const answer = (res, code, text) => {
    res.writeHead(code, { "content-type": "text/plain" });
    res.end(text);
  };
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return answer(res, 400, "bad request");
    }
    requests.push(path);
    const file = join(base, normalize(path).replace(/^(\.\.[/\\])+/, ""), path.endsWith("/") ? "index.html" : "");
    try {
      const real = await realpath(file);
      if (real !== base && !real.startsWith(base + sep)) return answer(res, 404, "not found");
      const body = await readFile(real);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve2();
    });
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    requests,
    close: () => new Promise((resolve2) => {
      server.closeAllConnections();
      server.close(() => resolve2());
    })
  };
}

// src/cli/main.ts
var HELP = `causal-perf ${VERSION} \u2014 continuous benchmarking that is right on noisy runners

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
      Drift: change points in each benchmark's series (E-divisive means, p \u2264 0.001), newest first,
      with the commits where the level moved and whether the gate flagged any of them.
  causal-perf history check|repair --history-dir DIR
      Check a history (a directory written by causal-perf run, or a clone of the gh-pages branch's
      folder): suites, runs, months, unreadable files, orphans. check exits 1 when it finds damage;
      repair rebuilds the derived files from the run files and keeps damaged ones in quarantine/.
  causal-perf --help | --version

Tools (auto-detected from the content when --tool is absent):
${FORMATS.map((f) => `  ${f.name.padEnd(16)} ${f.description}`).join("\n")}
`;
var commands = {
  bisect: bisectCommand,
  async parse(args, io) {
    const { values, positionals } = parseArgs3({ args, allowPositionals: true, options: { tool: { type: "string" } } });
    if (positionals.length === 0) throw new InputError("parse: expected at least one result FILE");
    const results = await readResultFiles(positionals, values.tool);
    io.stdout(JSON.stringify(results, null, 2) + "\n");
    return 0;
  },
  async compare(args, io) {
    const { values } = parseArgs3({
      args,
      options: {
        head: { type: "string", multiple: true },
        base: { type: "string", multiple: true },
        config: { type: "string" },
        tool: { type: "string" },
        format: { type: "string" }
      }
    });
    if (!values.head?.length) throw new InputError("compare: expected --head FILE (the run to judge)");
    const format = consoleFormat(values.format);
    const { rules } = await readRules(values.config);
    const files = (patterns) => ({ patterns, cwd: process.cwd(), missing: () => "", tool: values.tool, expand: false });
    const { decision } = await runPipeline(
      {
        name: "benchmarks",
        rules,
        head: { results: files(values.head) },
        baseline: { from: "files", files: files(values.base ?? []) }
      },
      { channels: [consoleChannel(format, io.stdout, { heading: false })], clock: io.clock ?? systemClock, log: cliLog(io) }
    );
    return decision.verdict === "fail" ? 1 : 0;
  },
  run: runCommand,
  async export(args, io) {
    const { values, positionals } = parseArgs3({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        suite: { type: "string" },
        testbed: { type: "string" },
        "remote-write-url": { type: "string" },
        "history-dir": { type: "string" },
        branch: { type: "string" }
      }
    });
    const url = values["remote-write-url"];
    if (url !== void 0 && !/^https?:\/\/[^/]/.test(url))
      throw new InputError(`--remote-write-url: expected an http(s) URL, got "${splitCredentials(url).url}"`);
    if (values["history-dir"] !== void 0) {
      if (!url) throw new InputError("export --history-dir: expected --remote-write-url URL (where the history goes)");
      if (positionals.length) throw new InputError("export --history-dir: expected no file arguments");
      return backfill(url, values["history-dir"], values.suite, values.testbed, io, values.branch);
    }
    if ((values.format ?? "openmetrics") !== "openmetrics")
      throw new InputError(`--format: expected openmetrics, got "${values.format}"`);
    const file = positionals[0];
    if (!file || positionals.length !== 1) throw new InputError("export: expected one REPORT_OR_RESULTS.json file");
    const text = await readText(file);
    let report;
    try {
      const json = JSON.parse(text);
      if (typeof json.verdict === "string" && Array.isArray(json.results)) report = json;
    } catch {
    }
    const results = report ? void 0 : await readResultFiles([file]);
    const st = await stat(file);
    const facts = {
      suite: values.suite ?? report?.suite ?? "benchmarks",
      testbed: values.testbed ?? defaultTestbed(),
      sha: report?.commit?.sha,
      event: report?.event,
      branch: report?.branch,
      at: st.mtime
    };
    if (url) {
      const when = sampleTime(report?.commit?.timestamp, st.mtime);
      const series = await metricsTimeseries(results, report, facts, when.getTime());
      const target = remoteTarget(url);
      await remoteWriteOrExplain(target, series);
      io.stdout(`Remote-wrote ${series.length} series to ${target.url}, stamped ${when.toISOString()}.
`);
      return 0;
    }
    io.stdout(await renderOpenMetrics(results, report, facts));
    return 0;
  },
  async history(args, io) {
    const { values, positionals } = parseArgs3({
      args,
      allowPositionals: true,
      options: {
        "history-dir": { type: "string" },
        suite: { type: "string" },
        branch: { type: "string" },
        format: { type: "string" },
        run: { type: "string" },
        config: { type: "string" }
      }
    });
    const action = positionals[0];
    if (action !== "check" && action !== "repair" && action !== "changes" && action !== "compare")
      throw new InputError("history: expected check, repair, changes or compare (see --help)");
    const dir = values["history-dir"];
    if (!dir) throw new InputError(`history ${action}: expected --history-dir DIR`);
    const st = await stat(join2(dir, "data")).catch(() => void 0);
    if (!st?.isDirectory()) throw new InputError(`history ${action}: ${dir}: expected a history directory (with data/ in it)`);
    if (action === "compare") return historyCompare(dir, values, io);
    const files = historyFiles(dir);
    const report = await checkHistory(files.reader);
    if (action === "changes") {
      const format = values.format ?? "text";
      if (format !== "json" && format !== "text") throw new InputError(`--format: expected json or text, got "${format}"`);
      const history = await openHistory({ storage: "local", local: { dir }, warn: cliLog(io).warn, record: false });
      const suites = values.suite ? [values.suite] : report.suites.map((s) => s.name);
      const changes = await findChanges(history.read, suites, { branch: values.branch });
      if (format === "json") io.stdout(JSON.stringify({ changes }, null, 2) + "\n");
      else {
        if (changes.length === 0) io.stdout("No change points.\n");
        for (const c of changes)
          io.stdout(
            `${c.at.slice(0, 10)} ${visible(c.suite)} ${visible(c.benchmark)} ${visible(c.metric)}${c.testbed ? ` [${visible(c.testbed)}]` : ""}: ${formatChange(c.ratio)} (${formatInterval(c.interval)}) between ${c.from_sha.slice(0, 10)} and ${c.to_sha.slice(0, 10)}${c.flagged_by_gate ? "" : " \u2014 not flagged by the gate"}
`
          );
      }
      return 0;
    }
    const runs = report.suites.reduce((n, s) => n + s.runs, 0);
    io.stdout(`${report.suites.length} suite${report.suites.length === 1 ? "" : "s"}, ${runs} runs
`);
    for (const s of report.suites)
      io.stdout(
        `  ${visible(s.name)} (data/${s.id}): ${s.runs} runs in ${s.months.length} months${s.months.length ? ` (${s.months[0]} \u2026 ${s.months.at(-1)})` : ""}
`
      );
    for (const u of report.unreadable) io.stdout(`unreadable: ${visible(u.path)}: ${visible(u.why)}
`);
    for (const o of report.orphans) io.stdout(`orphan (a run file no run log lists): ${visible(o)}
`);
    for (const m of report.missing) io.stdout(`missing (listed, but no run file): ${visible(m)}
`);
    for (const m of report.derived) io.stdout(`missing (derived; repair rebuilds it from the run files): ${visible(m)}
`);
    const damaged = report.unreadable.length + report.orphans.length + report.derived.length;
    if (action === "check") {
      io.stdout(
        damaged + report.missing.length === 0 ? "History is consistent.\n" : `Run: causal-perf history repair --history-dir ${dir}
`
      );
      return damaged + report.missing.length === 0 ? 0 : 1;
    }
    const { writes, deletes } = await repairHistory(files.reader, { warn: cliLog(io).warn, clock: io.clock });
    await files.apply(writes, deletes);
    const moved = [...writes.keys()].filter((p) => p.startsWith("quarantine/")).length;
    io.stdout(
      `Repaired: rebuilt ${writes.size - moved} derived files from ${runs} run files; ${moved} damaged file${moved === 1 ? "" : "s"} kept under quarantine/.
`
    );
    if (report.missing.length)
      io.stdout(
        `Lost: ${report.missing.length} run${report.missing.length === 1 ? "" : "s"} whose run files are gone: ${report.missing.map(visible).join(", ")}
`
      );
    return 0;
  },
  async serve(args, io) {
    const { values, positionals } = parseArgs3({ args, allowPositionals: true, options: { port: { type: "string" } } });
    const dir = positionals[0];
    if (!dir) throw new InputError("serve: expected the history DIR");
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new InputError(`--port: expected a port number, got "${values.port}"`);
    const st = await stat(dir).catch(() => void 0);
    if (!st?.isDirectory()) throw new InputError(`serve: ${dir}: expected a directory (a history written by causal-perf run)`);
    const server = await serveDirectory(dir, port).catch((error) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES")
        throw new InputError(
          `--port: ${port} cannot be used (${error.code === "EADDRINUSE" ? "already in use" : "not allowed"}); choose another with --port N`
        );
      throw error;
    });
    io.stdout(`Serving ${dir} on ${server.url}/ (Ctrl-C to stop)
`);
    await new Promise(() => {
    });
    return 0;
  },
  async import(args, io) {
    const { values, positionals } = parseArgs3({
      args,
      allowPositionals: true,
      options: { "history-dir": { type: "string" }, branch: { type: "string" } }
    });
    if (positionals.length !== 1) throw new InputError("import: expected one DATA_JS file (github-action-benchmark history)");
    if (!values["history-dir"]) throw new InputError("import: expected --history-dir DIR (where the causal-perf history goes)");
    const source = positionals[0];
    const found = values.branch ? void 0 : await defaultBranchName(process.cwd());
    const branch = values.branch ?? found ?? "main";
    const whence = values.branch ? "--branch" : found ? "this repository's default branch" : "no git repository here to ask for its default branch; say --branch if it is not 'main'";
    const { runs, skipped } = importBenchmarkActionHistory(await readText(source), source, { branch });
    if (skipped > 0)
      cliLog(io).warn(
        `${source}: skipped ${skipped} figure${skipped === 1 ? "" : "s"} without a value (null: a benchmark that failed in that run)`
      );
    const history = await openHistory({
      storage: "local",
      local: { dir: values["history-dir"] },
      site: siteFiles,
      warn: cliLog(io).warn,
      record: true
    });
    for (const run of runs) for (const { store } of history.write) await store.append(run);
    const suites = new Set(runs.map((r) => r.suite));
    io.stdout(
      `Imported ${runs.length} runs of ${suites.size} suites (${[...suites].join(", ")}) into ${values["history-dir"]} as runs of branch ${branch} (${whence})
`
    );
    return 0;
  }
};
async function historyCompare(dir, values, io) {
  if (!values.run) throw new InputError("history compare: expected --run ID (a run id or a commit sha)");
  const format = consoleFormat(values.format);
  const { rules } = await readRules(values.config);
  const history = await openHistory({ storage: "local", local: { dir }, warn: cliLog(io).warn, record: false });
  const report = await checkHistory(historyFiles(dir).reader);
  const suites = values.suite ? [values.suite] : report.suites.map((s) => s.name);
  const wanted = values.run;
  for (const suite of suites) {
    const runs = await history.read.load({ suite, limit: Number.MAX_SAFE_INTEGER });
    let at = -1;
    runs.forEach((r, i) => {
      if (r.runId === wanted || wanted.length >= 7 && r.commit.sha.startsWith(wanted)) at = i;
    });
    if (at < 0) continue;
    const run = runs[at];
    const prior = runs.slice(0, at).filter((r) => r.branch === run.branch && testbedOf(r) === testbedOf(run)).slice(-(rules.history + 1));
    const last = prior.at(-1);
    const decision = decide(
      run.results,
      prior.map((r) => r.results),
      rules,
      last ? { continues: { previous: last.commit.sha.slice(0, 7) }, judged: prior.map(judgedRows) } : {}
    );
    decision.notes.push(
      `Run ${run.runId ?? ""} (${run.commit.sha.slice(0, 7)}, ${run.branch ?? "no branch"}, recorded ${run.recordedAt}) of ${suite}, judged against the ${Math.min(prior.length, rules.history)} runs of its branch and testbed before it.`
    );
    await runPipeline(
      { name: suite, rules, head: { measured: run.results }, baseline: { from: "decided", decision } },
      { channels: [consoleChannel(format, io.stdout, { heading: false })], clock: io.clock ?? systemClock, log: cliLog(io) }
    );
    return decision.verdict === "fail" ? 1 : 0;
  }
  throw new InputError(
    `history compare: --run ${wanted}: no stored run has that id or commit${values.suite ? ` in suite ${values.suite}` : ""}`
  );
}
function remoteTarget(raw) {
  const { url, basic: fromUrl } = splitCredentials(raw);
  const token = process.env.CAUSAL_PERF_REMOTE_WRITE_TOKEN?.trim();
  const basic = process.env.CAUSAL_PERF_REMOTE_WRITE_BASIC_AUTH?.trim() || fromUrl;
  return { url, ...token ? { token } : basic ? { basic } : {} };
}
async function remoteWriteOrExplain(target, series) {
  try {
    await remoteWrite(target, series);
  } catch (error) {
    const cause = error.cause;
    const why = cause?.code ?? cause?.message;
    throw new InputError(`--remote-write-url: ${target.url}: ${errorMessage(error)}${why ? ` (${why})` : ""}`);
  }
}
async function backfill(url, dir, suite, testbed, io, branchName) {
  const st = await stat(join2(dir, "data")).catch(() => void 0);
  if (!st?.isDirectory()) throw new InputError(`export --history-dir: ${dir}: expected a history directory (with data/ in it)`);
  const report = await checkHistory(historyFiles(dir).reader);
  const history = await openHistory({ storage: "local", local: { dir }, warn: cliLog(io).warn, record: false });
  const suites = suite ? [suite] : report.suites.map((s) => s.name);
  let runs = 0;
  let series = 0;
  let shifted = 0;
  let skippedRuns = 0;
  const branches = /* @__PURE__ */ new Set();
  const target = remoteTarget(url);
  for (const name of suites) {
    const all = await history.read.load({ suite: name, limit: Number.MAX_SAFE_INTEGER });
    if (suite && all.length === 0) throw new InputError(`--suite: no runs of "${suite}" in ${dir}`);
    const branch = branchName ?? defaultBranchOf(all);
    const records = all.filter((r) => r.branch === void 0 || branch === void 0 || r.branch === branch);
    if (branchName && records.length === 0) throw new InputError(`--branch: no runs of branch "${branchName}" in ${dir}`);
    skippedRuns += all.length - records.length;
    if (branch) branches.add(branch);
    const batch = [];
    const taken = /* @__PURE__ */ new Map();
    for (const r of records) {
      const bed = testbed ?? testbedOf(r) ?? "unknown";
      const times = taken.get(bed) ?? taken.set(bed, /* @__PURE__ */ new Set()).get(bed);
      let ms = sampleTime(r.commit.timestamp, new Date(r.recordedAt)).getTime();
      if (times.has(ms)) shifted++;
      while (times.has(ms)) ms++;
      times.add(ms);
      const when = new Date(ms);
      batch.push(
        ...await metricsTimeseries(
          r.results,
          void 0,
          {
            suite: name,
            testbed: bed,
            sha: r.commit.sha,
            branch: r.branch,
            event: r.event,
            at: when,
            recorded: { verdict: r.verdict, flagged: r.flagged }
          },
          when.getTime()
        )
      );
      runs++;
    }
    await remoteWriteOrExplain(target, mergeSeries(batch));
    series += batch.length;
  }
  await history.close?.();
  io.stdout(
    `Remote-wrote ${runs} runs of ${suites.length} suite${suites.length === 1 ? "" : "s"}${branches.size ? ` on ${[...branches].join(", ")}` : ""} (${series} samples) to ${target.url}.${skippedRuns ? ` ${skippedRuns} run${skippedRuns === 1 ? "" : "s"} of other branches left out (--branch NAME sends one of them).` : ""}${shifted ? ` ${shifted} run${shifted === 1 ? "" : "s"} shared a commit's time with another of its suite and testbed and ${shifted === 1 ? "was" : "were"} placed 1 ms after it, so every run is kept.` : ""}
`
  );
  return 0;
}
function mergeSeries(series) {
  const byKey = /* @__PURE__ */ new Map();
  for (const s of series) {
    const key = JSON.stringify(s.labels);
    const hit = byKey.get(key);
    if (hit) pushAll(hit.samples, s.samples);
    else byKey.set(key, { labels: s.labels, samples: [...s.samples] });
  }
  for (const s of byKey.values()) s.samples.sort((a, b) => a.timestamp - b.timestamp);
  return [...byKey.values()];
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${error.code ?? errorMessage(error)})`);
  }
}
function commandHelp(command) {
  const lines = HELP.split("\n");
  const out = [];
  let inside = false;
  for (const line of lines) {
    const head = /^ {2}causal-perf (\S+)/.exec(line);
    if (head) inside = head[1] === command;
    else if (!/^ {4,}/.test(line)) inside = false;
    if (inside) out.push(line);
  }
  return `Usage:
${out.join("\n")}
`;
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP);
      return command ? 0 : 2;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : void 0;
    if (run && (rest.includes("--help") || rest.includes("-h"))) {
      io.stdout(commandHelp(command));
      return 0;
    }
    if (!run)
      throw new InputError(`unknown command "${command}"; expected one of: ${Object.keys(commands).join(", ")} (see --help)`);
    return await run(rest, io);
  } catch (error) {
    const usage = error.code?.startsWith("ERR_PARSE_ARGS");
    if (error instanceof InputError || usage) {
      io.stderr(`causal-perf: ${errorMessage(error)}
`);
      return 2;
    }
    throw error;
  }
}

// src/cli/index.ts
installSignalCleanup();
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t)
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `causal-perf: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    process.exitCode = 3;
  }
);
