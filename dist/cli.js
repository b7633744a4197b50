#!/usr/bin/env node
import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  FORMATS,
  InputError,
  decide,
  errorMessage,
  readResultFiles,
  readRules,
  renderMarkdown,
  renderText
} from "./chunks/chunk-N6IASDIR.js";

// src/cli.ts
import { parseArgs } from "node:util";

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
  }
};
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
