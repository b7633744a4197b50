#!/usr/bin/env node
import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  FORMATS,
  InputError,
  decide,
  errorMessage,
  madSigma,
  parseJsonText,
  parseRateUnit,
  rateToSecondsPerOp,
  readResultFiles,
  readRules,
  renderMarkdown,
  renderText,
  runStatistic
} from "./chunks/chunk-TTAOFLGH.js";

// src/cli.ts
import { readFile as readFile3 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/history/import.ts
var BIGGER_TOOLS = /* @__PURE__ */ new Set(["customBiggerIsBetter"]);
function mapPeerFigure(bench, tool) {
  const split = / - ([^ ]+)$/.exec(bench.name);
  const name = split ? bench.name.slice(0, split.index) : bench.name;
  const unit = bench.unit.trim();
  const rate = parseRateUnit(unit.replace(/^iter\/sec$/, "ops/s").replace(/^ops\/sec$/, "ops/s"));
  if (rate && tool !== "customBiggerIsBetter" && tool !== "customSmallerIsBetter") {
    const metric = { value: rateToSecondsPerOp(bench.value, rate), unit: "s", direction: "smaller" };
    const pm = /±\s*([\d.]+)\s*%/.exec(bench.range ?? "");
    if (pm) metric.stddev = metric.value * Number(pm[1]) / 100;
    return { key: "time", metric, name };
  }
  const direction = BIGGER_TOOLS.has(tool) ? "bigger" : "smaller";
  if (unit === "B/op") return { key: "memory_alloc", metric: { value: bench.value, unit: "bytes", direction: "smaller" }, name };
  if (unit === "allocs/op") return { key: "allocs", metric: { value: bench.value, unit, direction: "smaller" }, name };
  const key = /^(bytes?|B|KB|MB|GB|KiB|MiB|GiB)$/i.test(unit) ? "memory" : "value";
  return { key, metric: { value: bench.value, unit, direction }, name };
}
function importBenchmarkActionData(text, source, options = {}) {
  const json = text.replace(/^\s*window\.BENCHMARK_DATA\s*=\s*/, "").replace(/;\s*$/, "");
  const data = parseJsonText(json, source);
  if (!data || typeof data !== "object" || typeof data.entries !== "object" || data.entries === null) {
    throw new InputError(`${source}: expected github-action-benchmark data with an "entries" object (window.BENCHMARK_DATA = {...})`);
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
        if (typeof bench?.name !== "string" || typeof bench.value !== "number" || !Number.isFinite(bench.value)) {
          throw new InputError(`${where}.benches[${j}]: expected {name, value: number, unit}`);
        }
        const { key, metric, name } = mapPeerFigure({ ...bench, unit: String(bench.unit ?? "") }, entry.tool);
        const b = byName.get(name) ?? { name, metrics: {} };
        b.metrics[key] = metric;
        byName.set(name, b);
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
  return runs;
}

// src/history/local.ts
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/history/layout.ts
import { createHash } from "node:crypto";
var LAYOUT_VERSION = 1;
var slug = (s) => s.replace(/[^\w.-]+/g, "_").replace(/^[._]+/, "").slice(0, 60) || "suite";
function benchmarkKey(name) {
  const readable = name.replace(/[^A-Za-z0-9_-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 40);
  return `${readable || "benchmark"}-${createHash("sha1").update(name).digest("hex").slice(0, 10)}`;
}
var runIdOf = (run) => `${run.recordedAt.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${slug(run.commit.sha).slice(0, 10)}-${slug(run.runId ?? "local")}`;
var paths = {
  suites: () => "data/suites.json",
  index: (suite) => `data/${slug(suite)}/index.json`,
  runLog: (suite, month) => `data/${slug(suite)}/runs/${month}.json`,
  run: (suite, month, id) => `data/${slug(suite)}/runs/${month}/${id}.json`,
  monthDir: (suite, month) => `data/${slug(suite)}/runs/${month}`,
  series: (suite, key, month) => `data/${slug(suite)}/series/${key}/${month}.json`
};
function compactResults(results, statistic = "mean") {
  return {
    ...results,
    benchmarks: results.benchmarks.map((b) => ({
      ...b,
      metrics: Object.fromEntries(
        Object.entries(b.metrics).map(([key, m]) => {
          if (!m.samples || m.samples.length < 3) return [key, m];
          const { samples, ...rest } = m;
          return [key, { ...rest, value: runStatistic(m, statistic), stddev: madSigma(samples), n: samples.length }];
        })
      )
    }))
  };
}
function parse(text, path, warn, check) {
  if (text === void 0) return void 0;
  try {
    const value = JSON.parse(text);
    if (!check(value)) throw new Error("unexpected content");
    return value;
  } catch (error) {
    warn(`history: skipped unreadable ${path} (${error.message})`);
    return void 0;
  }
}
var isIndex = (v) => v?.version === LAYOUT_VERSION && Array.isArray(v.months) && Array.isArray(v.benchmarks);
var isLog = (v) => Array.isArray(v?.runs);
var isRun = (v) => v?.version === 1 && Array.isArray(v.results?.benchmarks);
var isSeries = (v) => Array.isArray(v?.points);
async function readIndex(reader, suite, warn) {
  const path = paths.index(suite);
  return parse((await reader.read([path])).get(path), path, warn, isIndex);
}
async function loadRuns(reader, query, warn) {
  const index = await readIndex(reader, query.suite, warn);
  if (!index) return [];
  const chosen = [];
  for (const { month } of [...index.months].sort((a, b) => b.month.localeCompare(a.month))) {
    if (chosen.length >= query.limit) break;
    const path = paths.runLog(query.suite, month);
    const log = parse((await reader.read([path])).get(path), path, warn, isLog);
    if (!log) continue;
    const runs2 = log.runs.filter((r) => query.branch === void 0 || r.branch === query.branch);
    for (const entry of runs2.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))) {
      if (chosen.length >= query.limit) break;
      chosen.push({ month, entry });
    }
  }
  const files = chosen.map(({ month, entry }) => paths.run(query.suite, month, entry.id));
  const contents = await reader.read(files);
  const runs = [];
  for (const file of files) {
    const run = parse(contents.get(file), file, warn, isRun);
    if (run) runs.push(run);
    else if (!contents.has(file) || contents.get(file) === void 0) warn(`history: run file ${file} is missing; skipped`);
  }
  return runs.reverse();
}
var monthOf = (iso) => iso.slice(0, 7);
async function planAppend(reader, run, options) {
  const { warn } = options;
  run = { ...run, results: compactResults(run.results, options.statistic) };
  const suite = run.suite;
  const id = runIdOf(run);
  const month = monthOf(run.recordedAt);
  const writes = /* @__PURE__ */ new Map();
  const keys = run.results.benchmarks.map((b) => benchmarkKey(b.name));
  const seriesPaths = keys.map((k) => paths.series(suite, k, month));
  const logPath = paths.runLog(suite, month);
  const indexPath = paths.index(suite);
  const current = await reader.read([paths.suites(), indexPath, logPath, ...seriesPaths]);
  const log = parse(current.get(logPath), logPath, warn, isLog) ?? {
    version: LAYOUT_VERSION,
    runs: []
  };
  if (log.runs.some((r) => r.id === id)) return { writes, deletes: [], added: false };
  const rows = options.annotations?.rows ?? [];
  const flagged = rows.filter(
    (r) => r.fails || r.status === "regression" || r.status === "below-floor" || r.status === "improvement"
  );
  const entry = {
    id,
    sha: run.commit.sha,
    message: run.commit.message?.split("\n")[0]?.slice(0, 200),
    author: run.commit.author,
    timestamp: run.commit.timestamp,
    url: run.commit.url,
    branch: run.branch,
    event: run.event,
    runId: run.runId,
    recordedAt: run.recordedAt,
    verdict: options.annotations?.verdict,
    flagged: flagged.map(({ benchmark, metric, status, ratio }) => ({ benchmark, metric, status, ratio: ratio ?? null }))
  };
  log.runs.push(entry);
  log.runs.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  writes.set(logPath, JSON.stringify(log));
  writes.set(paths.run(suite, month, id), JSON.stringify(run));
  const index = parse(current.get(indexPath), indexPath, warn, isIndex) ?? {
    version: LAYOUT_VERSION,
    suite: slug(suite),
    name: suite,
    updated: run.recordedAt,
    months: [],
    branches: {},
    benchmarks: [],
    latest: {}
  };
  const monthEntry = index.months.find((m) => m.month === month);
  if (monthEntry) monthEntry.runs += 1;
  else index.months.push({ month, runs: 1 });
  index.months.sort((a, b) => a.month.localeCompare(b.month));
  if (run.branch) index.branches[run.branch] = (index.branches[run.branch] ?? 0) + 1;
  const newest = run.recordedAt >= index.updated;
  if (newest) index.updated = run.recordedAt;
  const byName = new Map(index.benchmarks.map((b) => [b.name, b]));
  const rowOf = new Map(rows.map((r) => [`${r.benchmark}\0${r.metric}`, r]));
  run.results.benchmarks.forEach((b, i) => {
    const key = keys[i];
    const entryB = byName.get(b.name) ?? { key, name: b.name, metrics: {}, months: [], last: run.recordedAt };
    if (b.group) entryB.group = b.group;
    if (!entryB.months.includes(month)) {
      entryB.months.push(month);
      entryB.months.sort();
    }
    if (run.recordedAt >= entryB.last) entryB.last = run.recordedAt;
    const point = { id, t: run.recordedAt, sha: run.commit.sha, branch: run.branch, m: {} };
    for (const [metric, m] of Object.entries(b.metrics)) {
      const row = rowOf.get(`${b.name}\0${metric}`);
      entryB.metrics[metric] = {
        unit: m.unit,
        direction: m.direction,
        limit: row?.limit ?? null,
        threshold: row?.threshold ?? null
      };
      point.m[metric] = [m.value, m.stddev ?? null, row?.base ?? null];
      if (row && (row.fails || row.status === "regression" || row.status === "below-floor"))
        (point.f ??= {})[metric] = row.status;
    }
    if (!byName.has(b.name)) {
      index.benchmarks.push(entryB);
      byName.set(b.name, entryB);
    }
    const path = seriesPaths[i];
    const series = parse(current.get(path), path, warn, isSeries) ?? {
      version: LAYOUT_VERSION,
      name: b.name,
      points: []
    };
    series.points.push(point);
    series.points.sort((a, c) => a.t.localeCompare(c.t) || a.id.localeCompare(c.id));
    writes.set(path, JSON.stringify(series));
  });
  const branchKey = run.branch ?? "";
  const previous = (index.latest ??= {})[branchKey];
  if (!previous || previous.recordedAt <= run.recordedAt)
    index.latest[branchKey] = { id, sha: run.commit.sha, recordedAt: run.recordedAt, verdict: entry.verdict, rows: entry.flagged ?? [] };
  const deletes = prune(index, options.retention, options.now ?? /* @__PURE__ */ new Date());
  writes.set(indexPath, JSON.stringify(index));
  const suitesPath = paths.suites();
  const suites = parse(
    current.get(suitesPath),
    suitesPath,
    warn,
    (v) => Array.isArray(v?.suites)
  ) ?? { version: LAYOUT_VERSION, suites: [] };
  if (!suites.suites.some((s) => s.id === slug(suite))) {
    suites.suites.push({ id: slug(suite), name: suite });
    suites.suites.sort((a, b) => a.id.localeCompare(b.id));
    writes.set(suitesPath, JSON.stringify(suites));
  }
  return { writes, deletes, added: true };
}
function prune(index, retention, now) {
  if (!retention) return [];
  const deletes = [];
  const total = () => index.months.reduce((s, m) => s + m.runs, 0);
  const cutoff = retention.maxAgeDays ? new Date(now.getTime() - retention.maxAgeDays * 864e5).toISOString().slice(0, 7) : void 0;
  while (index.months.length > 1) {
    const oldest = index.months[0];
    const tooMany = retention.maxRuns ? total() - oldest.runs >= retention.maxRuns : false;
    const tooOld = cutoff !== void 0 && oldest.month < cutoff;
    if (!tooMany && !tooOld) break;
    index.months.shift();
    deletes.push(paths.runLog(index.name, oldest.month), paths.monthDir(index.name, oldest.month));
    for (const b of index.benchmarks) {
      if (b.months.includes(oldest.month)) deletes.push(paths.series(index.name, b.key, oldest.month));
      b.months = b.months.filter((m) => m !== oldest.month);
    }
  }
  index.benchmarks = index.benchmarks.filter((b) => b.months.length > 0);
  return deletes;
}

// src/history/local.ts
var LocalDirectoryStore = class {
  constructor(dir, options = {}) {
    this.dir = dir;
    this.options = options;
    this.warn = options.warn ?? (() => {
    });
  }
  dir;
  options;
  annotations;
  warn;
  annotate(annotations) {
    this.annotations = annotations;
  }
  reader() {
    return {
      read: async (files) => {
        const result = /* @__PURE__ */ new Map();
        for (const f of files) {
          try {
            result.set(f, await readFile(join(this.dir, f), "utf8"));
          } catch (error) {
            if (error.code !== "ENOENT")
              this.warn(`history: cannot read ${join(this.dir, f)}: ${error.message}`);
          }
        }
        return result;
      }
    };
  }
  load(query) {
    return loadRuns(this.reader(), query, this.warn);
  }
  async append(run) {
    const plan = await planAppend(this.reader(), run, {
      retention: this.options.retention,
      statistic: this.options.statistic,
      annotations: this.annotations,
      warn: this.warn
    });
    if (!plan.added) return;
    const site = this.options.site ? await this.options.site() : /* @__PURE__ */ new Map();
    for (const [path, content] of [...site, ...plan.writes]) {
      const target = join(this.dir, path);
      await mkdir(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      await writeFile(tmp, content);
      await rename(tmp, target);
    }
    for (const path of plan.deletes) await rm(join(this.dir, path), { recursive: true, force: true });
  }
};

// src/site-files.ts
import { existsSync } from "node:fs";
import { readFile as readFile2, readdir } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative } from "node:path";
import { fileURLToPath } from "node:url";
function siteDirectory() {
  const here = dirname2(fileURLToPath(import.meta.url));
  for (const dir of [join2(here, "site"), join2(here, "..", "site"), join2(here, "..", "dist", "site")]) {
    if (existsSync(join2(dir, "assets", "app.js"))) return dir;
  }
  throw new Error(`the trend page is not built (no site/assets/app.js near ${here}); run npm run build`);
}
async function siteFiles() {
  const root = siteDirectory();
  const files = /* @__PURE__ */ new Map();
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join2(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path).split("\\").join("/"), await readFile2(path));
    }
  };
  await walk(root);
  return files;
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
var HELP = `causal-perf ${VERSION} \u2014 continuous benchmarking that is right on noisy runners

Usage:
  causal-perf parse FILE... [--tool NAME]
      Print the normalized results JSON of one run (files are merged).
  causal-perf compare --head FILE... [--base FILE]... [--config FILE] [--tool NAME]
                      [--format json|markdown|text]
      Decide whether the head run regressed against prior runs (--base repeats: oldest first).
      Exit 0 = pass, 1 = a rule failed, 2 = bad input.
  causal-perf import DATA_JS --history-dir DIR [--branch NAME]
      Copy a github-action-benchmark history (its gh-pages dev/bench/data.js or external JSON
      file) into a causal-perf history directory, keeping every suite's trend line.
  causal-perf --help | --version

Tools (auto-detected from the content when --tool is absent):
${FORMATS.map((f) => `  ${f.name.padEnd(16)} ${f.description}`).join("\n")}
`;
var FORMATS_OUT = ["json", "markdown", "text"];
function outFormat(value) {
  const v = value ?? "text";
  if (!FORMATS_OUT.includes(v))
    throw new InputError(`--format: expected one of ${FORMATS_OUT.join(", ")}, got "${v}"`);
  return v;
}
var commands = {
  async parse(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { tool: { type: "string" } } });
    if (positionals.length === 0) throw new InputError("parse: expected at least one result FILE");
    const results = await readResultFiles(positionals, values.tool);
    io.stdout(JSON.stringify(results, null, 2) + "\n");
    return 0;
  },
  async compare(args, io) {
    const { values } = parseArgs({
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
    const format = outFormat(values.format);
    const { rules } = await readRules(values.config);
    const head = await readResultFiles(values.head, values.tool);
    const history = [];
    for (const file of values.base ?? []) history.push(await readResultFiles([file], values.tool));
    const decision = decide(head, history, rules);
    if (format === "json") io.stdout(JSON.stringify(decision, null, 2) + "\n");
    else if (format === "markdown") io.stdout(renderMarkdown(decision) + "\n");
    else io.stdout(renderText(decision));
    return decision.verdict === "fail" ? 1 : 0;
  },
  async import(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { "history-dir": { type: "string" }, branch: { type: "string" } }
    });
    if (positionals.length !== 1) throw new InputError("import: expected one DATA_JS file (github-action-benchmark history)");
    if (!values["history-dir"]) throw new InputError("import: expected --history-dir DIR (where the causal-perf history goes)");
    const source = positionals[0];
    const runs = importBenchmarkActionData(await readText(source), source, { branch: values.branch ?? "main" });
    const store = new LocalDirectoryStore(values["history-dir"], { warn: (m) => io.stderr(`warning: ${m}
`), site: siteFiles });
    for (const run of runs) await store.append(run);
    const suites = new Set(runs.map((r) => r.suite));
    io.stdout(`Imported ${runs.length} runs of ${suites.size} suites (${[...suites].join(", ")}) into ${values["history-dir"]}
`);
    return 0;
  }
};
async function readText(path) {
  try {
    return await readFile3(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${error.code ?? errorMessage(error)})`);
  }
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
    const run = commands[command];
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

// src/cli-entry.ts
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
