#!/usr/bin/env node
import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  FORMATS,
  InputError,
  LocalDirectoryStore,
  decide,
  errorMessage,
  parseJsonText,
  parseRateUnit,
  rateToSecondsPerOp,
  readResultFiles,
  readRules,
  renderMarkdown,
  renderText,
  siteFiles
} from "./chunks/chunk-L46BEPJZ.js";

// src/cli.ts
import { readFile } from "node:fs/promises";
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
    io.stdout(
      `Imported ${runs.length} runs of ${suites.size} suites (${[...suites].join(", ")}) into ${values["history-dir"]}
`
    );
    return 0;
  }
};
async function readText(path) {
  try {
    return await readFile(path, "utf8");
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
