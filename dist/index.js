import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  abDecision,
  acceptedInMessage,
  bisect,
  comparisonsJson,
  describeStep,
  expandPatterns,
  machineFacts,
  measureAb,
  openHistory,
  parseJsonText,
  publish,
  readRules,
  remoteWrite,
  renderComparisons,
  renderMarkdown,
  reportFilesChannel,
  runPipeline,
  siteFiles,
  splitCredentials,
  stepChange,
  summaryChannel,
  visible,
  withWorktrees
} from "./chunks/chunk-ZWNK7ZMD.js";
import {
  defaultTestbed,
  sampleTime
} from "./chunks/chunk-C2NF5WOG.js";
import {
  error,
  getInput,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-AW4YEKT2.js";
import "./chunks/chunk-X7CKTBUR.js";
import {
  branchFolder
} from "./chunks/chunk-R54S24JP.js";
import {
  Git,
  InputError,
  checkRef,
  errorMessage,
  gitOutput,
  installSignalCleanup,
  readCommit
} from "./chunks/chunk-COK7UBMR.js";
import {
  minOf,
  pushAll,
  slug,
  systemClock
} from "./chunks/chunk-Q7PTPT4K.js";
import "./chunks/chunk-QSE4L5OW.js";

// src/action/main.ts
import { createHash } from "node:crypto";
import { join as join4 } from "node:path";

// src/pipeline/merge.ts
import { readFile } from "node:fs/promises";
var STATUSES = {
  regression: true,
  improvement: true,
  unchanged: true,
  inconclusive: true,
  new: true,
  missing: true,
  "below-floor": true
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseLegReport(text, source) {
  const json = parseJsonText(text, source);
  const expected = `expected a causal-perf report (a leg's report-json output)`;
  if (!isObject(json)) throw new InputError(`${source}: ${expected}, got ${Array.isArray(json) ? "a list" : typeof json}`);
  if (json.verdict !== "pass" && json.verdict !== "fail")
    throw new InputError(`${source}: "verdict": ${expected} with verdict "pass" or "fail"`);
  if (!Array.isArray(json.results)) throw new InputError(`${source}: "results": ${expected} with a list of result rows`);
  json.results.forEach((r, i) => {
    if (!isObject(r) || typeof r.benchmark !== "string" || typeof r.metric !== "string" || typeof r.fails !== "boolean")
      throw new InputError(`${source}: results[${i}]: expected a row with "benchmark", "metric" and "fails"`);
    const bad = (field, what) => new InputError(`${source}: results[${i}].${field}: expected ${what}, got ${JSON.stringify(r[field])?.slice(0, 40)}`);
    if (typeof r.status !== "string" || !Object.hasOwn(STATUSES, r.status))
      throw bad("status", `one of ${Object.keys(STATUSES).join(", ")}`);
    for (const f of ["reason", "unit"]) if (typeof r[f] !== "string") throw bad(f, "a string");
    for (const f of ["group", "resolve"]) if (r[f] !== void 0 && typeof r[f] !== "string") throw bad(f, "a string");
    if (r.direction !== "smaller" && r.direction !== "bigger") throw bad("direction", '"smaller" or "bigger"');
    for (const f of ["base", "head", "ratio", "measured_ratio", "confidence"])
      if (r[f] !== void 0 && r[f] !== null && typeof r[f] !== "number") throw bad(f, "a number or null");
    if (typeof r.enforced !== "boolean") throw bad("enforced", "true or false");
  });
  const suite = typeof json.suite === "string" && json.suite ? json.suite : "benchmarks";
  const testbed = typeof json.testbed === "string" && json.testbed ? json.testbed : "default";
  const decision = {
    verdict: json.verdict,
    results: json.results,
    notes: Array.isArray(json.notes) ? json.notes.filter((n) => typeof n === "string") : [],
    warnings: Array.isArray(json.warnings) ? json.warnings.filter((n) => typeof n === "string") : [],
    baseline_runs: typeof json.baseline_runs === "number" ? json.baseline_runs : 0,
    ...isObject(json.runner) ? { runner: json.runner } : {}
  };
  return { source, suite, testbed, decision, ...isObject(json.commit) ? { commit: json.commit } : {} };
}
async function readLegReports(paths) {
  if (paths.length === 0) throw new InputError("merge-reports: no report files given");
  const legs = [];
  for (const path of paths) {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error2) {
      throw new InputError(`${path}: cannot read the report (${error2.code ?? errorMessage(error2)})`);
    }
    legs.push(parseLegReport(text, path));
  }
  return legs;
}
var unique = (items) => [...new Set(items)];
function mergeLegReports(legs) {
  const sections = /* @__PURE__ */ new Map();
  const owner = /* @__PURE__ */ new Map();
  for (const leg of legs) {
    const key = `${leg.suite}\0${leg.testbed}`;
    let section = sections.get(key);
    if (!section) {
      section = {
        suite: leg.suite,
        testbed: leg.testbed,
        legs: [],
        decision: { verdict: "pass", results: [], notes: [], warnings: [], baseline_runs: leg.decision.baseline_runs }
      };
      sections.set(key, section);
    }
    for (const row of leg.decision.results) {
      const id = `${key}\0${row.benchmark}\0${row.metric}`;
      const other = owner.get(id);
      if (other)
        throw new InputError(
          `${leg.source}: benchmark "${row.benchmark}" (${row.metric}) of suite "${leg.suite}" on testbed "${leg.testbed}" is also in ${other}; expected each benchmark in one leg only`
        );
      owner.set(id, leg.source);
    }
    const d = section.decision;
    section.legs.push(leg.source);
    pushAll(d.results, leg.decision.results);
    d.notes = unique([...d.notes, ...leg.decision.notes]);
    d.warnings = unique([...d.warnings, ...leg.decision.warnings]);
    d.baseline_runs = Math.min(d.baseline_runs, leg.decision.baseline_runs);
    if (leg.decision.verdict === "fail" || leg.decision.results.some((r) => r.fails)) d.verdict = "fail";
    if (!d.runner && leg.decision.runner && section.legs.length === 1) d.runner = leg.decision.runner;
  }
  const all = [...sections.values()];
  const shas = unique(legs.map((l) => l.commit?.sha ?? "").filter(Boolean));
  return {
    verdict: all.some((s) => s.decision.verdict === "fail") ? "fail" : "pass",
    results: all.flatMap((s) => s.decision.results),
    notes: shas.length > 1 ? [
      `The legs measured different commits (${shas.map((s) => s.slice(0, 10)).join(", ")}): check that every leg is from this workflow run.`
    ] : [],
    warnings: unique(all.flatMap((s) => s.decision.warnings)),
    baseline_runs: minOf(all.map((s) => s.decision.baseline_runs)),
    sections: all
  };
}
async function runMerge(job, deps) {
  const files = [...new Set(await expandPatterns(job.patterns, job.cwd, (p) => `merge-reports: no report file matches "${p}"`))];
  const legs = await readLegReports(files);
  const decision = mergeLegReports(legs);
  deps.log.info(
    `Merged ${legs.length} leg report${legs.length === 1 ? "" : "s"} into ${decision.sections?.length} section${decision.sections?.length === 1 ? "" : "s"}: ${decision.sections?.map((s) => `${visible(s.suite)} on ${visible(s.testbed)} (${s.decision.verdict})`).join(", ")}.`
  );
  await publish(decision, deps.channels, {
    name: job.name,
    links: deps.links ?? {},
    facts: deps.facts ?? {},
    artifacts: {},
    log: deps.log
  });
  return { decision, legs };
}

// src/action/checkout.ts
import { readFileSync } from "node:fs";
function readEvent(log, env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
  const path = env.GITHUB_EVENT_PATH;
  let payload = {};
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, "utf8"));
    } catch (error2) {
      log.warn(`could not read the event payload ${path}: ${errorMessage(error2)}; using GITHUB_SHA and GITHUB_REF`);
    }
  }
  return { name, payload };
}
async function commitFromCheckout(plan, workspace) {
  if (plan.commit.message && plan.commit.timestamp) return;
  const found = await readCommit(workspace, plan.sha || "HEAD");
  if (!found || plan.sha && found.sha !== plan.sha) return;
  plan.commit.author ??= found.author;
  plan.commit.timestamp ??= found.timestamp;
  plan.commit.message ??= found.message;
}
async function baselineCut(plan, workspace) {
  if (!plan.pr) return [];
  const mergeBase = await gitOutput(workspace, ["merge-base", "--end-of-options", "HEAD", `origin/${plan.pr.baseRef}`]) || void 0;
  return [mergeBase, ...plan.baselineShas].filter((s) => !!s);
}
async function gitAuth(token, workspace, serverUrl, mask) {
  if (token) return { token };
  const header = await gitOutput(workspace, ["config", "--get", `http.${serverUrl}/.extraheader`]);
  if (header) {
    mask(header);
    return { header };
  }
  return {};
}
async function abBaseCommit(plan, workspace, abBase) {
  const git = new Git(workspace);
  const resolve = (ref) => gitOutput(workspace, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  const ensure = async (ref, what) => {
    checkRef(ref, what);
    const local = await resolve(ref);
    if (local) return local;
    const fetched = await git.exec(["fetch", "-q", "--no-tags", "--depth=1", "origin", "--end-of-options", ref], {
      allowFailure: true,
      timeoutMs: 12e4
    });
    const sha = fetched.code === 0 ? await resolve("FETCH_HEAD") : void 0;
    if (!sha)
      throw new InputError(
        `${what}: the base commit ${ref} is not in the checkout and could not be fetched from origin${fetched.stderr.trim() ? ` (${fetched.stderr.trim().split("\n").slice(-1)[0]})` : ""}; check out with fetch-depth: 0, or name the base with ab-base`
      );
    return sha;
  };
  if (abBase) return ensure(abBase, "ab-base");
  if (plan.pr) {
    const base = plan.pr.baseSha ?? `origin/${plan.pr.baseRef}`;
    const baseSha = await ensure(base, "mode ab");
    return await gitOutput(workspace, ["merge-base", "--end-of-options", "HEAD", baseSha]) || baseSha;
  }
  if (plan.previousSha) return ensure(plan.previousSha, "mode ab");
  const parent = await resolve("HEAD^");
  if (parent) return parent;
  throw new InputError(
    "mode ab: this commit has no parent in the checkout to compare with; check out with fetch-depth: 2 or more, or name the base with ab-base"
  );
}

// src/action/runner.ts
var actionsLog = {
  info: (m) => info(visible(m)),
  warn: (m) => warning(m),
  group: (title, fn) => group(visible(title), fn)
};
var actionsCommands = {
  annotate(level, message, title) {
    if (level === "error") error(message, { title });
    else if (level === "warning") warning(message, { title });
    else notice(message, { title });
  },
  setOutput: (name, value) => setOutput(name, value),
  appendSummary: async (markdown) => {
    await summary.addRaw(markdown, true).write();
  }
};
var maskSecret = (value) => setSecret(value);

// src/action/ab.ts
async function runAbInAction(settings, plan, rules) {
  if (!settings.run) throw new InputError("input run: mode ab needs the command that runs the benchmarks (it runs in each tree)");
  if (settings.baselinePatterns.length > 0)
    throw new InputError("input baseline: baseline files and mode ab exclude each other (A/B measures its own baseline)");
  const baseSha = await abBaseCommit(plan, settings.workspace, settings.ab.base);
  const headSha = await gitOutput(settings.workspace, ["rev-parse", "HEAD"]) || plan.sha;
  actionsLog.info(`Same-job A/B: base ${baseSha.slice(0, 10)} against head ${headSha.slice(0, 10)} on this runner.`);
  return withWorktrees(
    settings.workspace,
    [baseSha],
    async ([baseDir]) => {
      const ab = {
        base: { label: "base", sha: baseSha, cwd: baseDir },
        head: { label: "head", sha: headSha, cwd: settings.workspace },
        command: settings.run,
        flag: "run",
        setup: settings.ab.setup,
        results: { patterns: settings.resultPatterns, tool: settings.tool },
        minRounds: settings.ab.minRounds,
        maxRounds: settings.ab.maxRounds,
        maxMinutes: settings.ab.maxMinutes,
        rules
      };
      const outcome = await measureAb(ab, actionsLog, (text) => process.stdout.write(text));
      return { head: outcome.head, decision: abDecision(outcome, ab), baseSha };
    },
    settings.tempDir
  );
}

// src/github/comment.ts
var commentMarker = (name) => `<!-- causal-perf:${encodeURIComponent(name)} -->`;
async function upsertStickyComment(api, target, name, body, options) {
  const marker = commentMarker(name);
  const text = body.includes(marker) ? body : `${marker}
${body}`;
  let self;
  const mine = async (login) => {
    if (login === ACTIONS_BOT) return true;
    self ??= await authenticatedLogin(api);
    return login !== void 0 && login === self;
  };
  let existing;
  search: for await (const page of api.paginate.iterator(api.rest.issues.listComments, { ...target, per_page: 100 }))
    for (const c of page.data)
      if (c.body?.includes(marker) && await mine(c.user?.login)) {
        existing = c;
        break search;
      }
  if (existing) {
    const { data: data2 } = await api.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body: text
    });
    return { action: "updated", url: data2.html_url, id: data2.id };
  }
  if (!options.createIfMissing) return { action: "skipped" };
  const { data } = await api.rest.issues.createComment({ ...target, body: text });
  return { action: "created", url: data.html_url, id: data.id };
}
var ACTIONS_BOT = "github-actions[bot]";
async function authenticatedLogin(api) {
  try {
    return (await api.rest.users.getAuthenticated()).data.login;
  } catch {
    return "";
  }
}
async function createCommitComment(api, target, body) {
  const { data } = await api.rest.repos.createCommitComment({ ...target, body });
  return { url: data.html_url, id: data.id };
}

// src/action/bisect.ts
async function runBisectInAction(settings, plan, rules, redact) {
  if (!settings.run)
    throw new InputError("input run: mode bisect needs the command that runs the benchmarks (it runs in each tree)");
  const good = settings.bisect.good ?? plan.previousSha;
  if (!good)
    throw new InputError(
      "input bisect-good: mode bisect needs a commit without the regression (on a push, the push's before is the default)"
    );
  if (await gitOutput(settings.workspace, ["rev-parse", "--is-shallow-repository"]) === "true")
    throw new InputError(
      "mode bisect: the checkout is shallow, so the commits between bisect-good and bisect-bad are not there; check out with fetch-depth: 0"
    );
  const report = await bisect(
    {
      good,
      bad: settings.bisect.bad ?? "HEAD",
      cwd: settings.workspace,
      command: settings.run,
      ...settings.ab.setup ? { setup: settings.ab.setup } : {},
      results: { patterns: settings.resultPatterns, tool: settings.tool },
      ...settings.bisect.benchmarks.length ? { benchmarks: settings.bisect.benchmarks } : {},
      allParents: settings.bisect.allParents,
      minRounds: settings.ab.minRounds,
      maxRounds: settings.ab.maxRounds,
      maxMinutes: settings.bisect.maxMinutes,
      rules,
      tempDir: settings.tempDir
    },
    actionsLog,
    (text) => process.stdout.write(text),
    (step, max) => actionsLog.info(describeStep(step, max))
  );
  const markdown = redact(bisectMarkdown(report, settings.name, plan));
  actionsCommands.setOutput("bisect-verdict", report.verdict);
  actionsCommands.setOutput("bisect-culprit", report.culprit?.sha ?? "");
  if (settings.summary) await actionsCommands.appendSummary(markdown);
  if (report.culprit && plan.branch === plan.defaultBranch) {
    if (!settings.token)
      actionsLog.warn("no github-token: the commit comment on the culprit is skipped (the search is in the job summary)");
    else {
      const api = (await import("./chunks/api-INVTBCH6.js")).createApi(settings.token, actionsLog.warn);
      const { url } = await createCommitComment(
        api,
        { owner: plan.repo.owner, repo: plan.repo.repo, commit_sha: report.culprit.sha },
        markdown
      );
      actionsLog.info(`Commit comment on the culprit: ${url}`);
    }
  }
  if (report.verdict === "unknown") actionsLog.warn(`bisect: no culprit named: ${report.reason}`);
  return report;
}
function bisectMarkdown(r, name, plan) {
  const link = (sha) => `[\`${sha.slice(0, 7)}\`](${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/commit/${sha})`;
  const cell = (text) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    `## ${cell(name)}: bisect`,
    "",
    r.culprit ? `**Found:** ${link(r.culprit.sha)} ${cell(r.culprit.subject)} is the first commit after ${link(r.good)} whose ${r.benchmarks.map((b) => `\`${cell(b)}\``).join(", ")} break${r.benchmarks.length === 1 ? "s" : ""} the rule: ${cell(r.reason)}.` : `**Unknown:** ${cell(r.reason)}.`,
    "",
    `${r.commits} commit${r.commits === 1 ? "" : "s"} from ${link(r.good)} to ${link(r.bad)}, at most ${r.maxProbes} probes; each probe measures the commit against ${link(r.good)} on this runner in interleaved rounds until the paired test says same or different.`,
    "",
    "| probe | commit | result | rounds | change | subject |",
    "|---|---|---|---|---|---|",
    ...r.steps.map(
      (s, i) => `| ${i + 1}${s.attempt > 1 ? " (again)" : ""} | ${link(s.sha)} | ${s.result} | ${s.rounds} | ${stepChange(s)} | ${cell(s.subject)} |`
    ),
    ""
  ].join("\n");
}

// src/action/versions.ts
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runVersionsInAction(settings, plan, rules, redact) {
  const comparisons = [];
  for (const ref of settings.compareRefs) {
    actionsLog.info(`compare-refs: this commit against ${ref}.`);
    const { decision, baseSha } = await runAbInAction({ ...settings, ab: { ...settings.ab, base: ref } }, plan, rules);
    comparisons.push({ baseline_ref: ref, baseline_sha: baseSha, decision });
  }
  const current = plan.sha.slice(0, 7);
  const json = join(settings.tempDir, `causal-perf-versions-${process.pid}.json`);
  await writeFile(json, JSON.stringify(comparisonsJson(current, comparisons), null, 2) + "\n");
  const verdict = comparisons.some((c) => c.decision.verdict === "fail") ? "fail" : "pass";
  actionsCommands.setOutput("verdict", verdict);
  actionsCommands.setOutput("report-json", json);
  if (settings.summary) await actionsCommands.appendSummary(redact(renderComparisons(current, comparisons, "markdown")));
  process.stdout.write(redact(renderComparisons(current, comparisons, "text")));
  return verdict;
}

// src/action/channels.ts
import { join as join2 } from "node:path";

// src/report/channels/annotations.ts
function annotationsChannel(runner) {
  return {
    what: "write the annotations",
    required: true,
    async publish(decision) {
      for (const r of decision.results.filter((x) => x.fails))
        runner.annotate("error", `${r.benchmark} ${r.metric}: ${r.reason}`, `causal-perf: ${r.status}`);
      for (const r of decision.results.filter((x) => !x.fails && x.status === "regression"))
        runner.annotate("warning", `${r.benchmark} ${r.metric}: ${r.reason}`, "causal-perf: regression (report only)");
      for (const w of decision.warnings) runner.annotate("warning", w, "causal-perf");
      for (const r of decision.results.filter((x) => x.status === "inconclusive"))
        runner.annotate("notice", `${r.benchmark} ${r.metric}: ${r.reason}`, "causal-perf: inconclusive");
    }
  };
}

// src/report/channels/comment.ts
var isPermissionError = (error2) => [401, 403, 404].includes(error2.status ?? 0);
var COMMENT_LIMIT = 65e3;
var COMMENT_BYTES = 26e4;
function commentChannel(target) {
  return {
    what: "post the pull request comment",
    required: false,
    async publish(decision, { name, links, artifacts, log }) {
      const body = (target.redact ?? ((text) => text))(
        renderMarkdown(decision, {
          name,
          ...links,
          maxLength: COMMENT_LIMIT,
          maxBytes: COMMENT_BYTES,
          marker: commentMarker(name)
        })
      );
      try {
        const result = await upsertStickyComment(
          await target.api(),
          { owner: target.owner, repo: target.repo, issue_number: target.pr.number },
          name,
          body,
          { createIfMissing: target.mode === "always" || decision.verdict === "fail" }
        );
        if (result.action !== "skipped") log.info(`Pull request comment ${result.action}: ${result.url}`);
        if (result.url) artifacts["comment-url"] = result.url;
      } catch (error2) {
        if (!isPermissionError(error2)) throw error2;
        throw new Error(
          `the token cannot write to pull request #${target.pr.number}${target.pr.fork ? " (a pull request from a fork gets a read-only token; see the README for the workflow_run pattern)" : ""}`,
          { cause: error2 }
        );
      }
    }
  };
}

// src/report/channels/commit-comment.ts
function commitCommentChannel(target) {
  return {
    what: "post the commit comment",
    required: false,
    async publish(decision, { name, links, artifacts, log }) {
      const failed = decision.verdict === "fail";
      if (target.mode === "on-regression" && !failed) return;
      const cc = failed && target.cc.length ? `

cc ${target.cc.map((u) => `@${u}`).join(" ")}` : "";
      const body = (target.redact ?? ((text) => text))(
        renderMarkdown(decision, { name, ...links, maxLength: COMMENT_LIMIT - cc.length, maxBytes: COMMENT_BYTES - cc.length }) + cc
      );
      try {
        const { url } = await createCommitComment(
          await target.api(),
          { owner: target.owner, repo: target.repo, commit_sha: target.sha },
          body
        );
        log.info(`Commit comment created: ${url}`);
        artifacts["comment-url"] = url;
      } catch (error2) {
        if (!isPermissionError(error2)) throw error2;
        throw new Error(
          `the token cannot comment on commit ${target.sha.slice(0, 7)} (commit comments need permissions: contents: write)`,
          {
            cause: error2
          }
        );
      }
    }
  };
}

// src/report/channels/outputs.ts
function outputsChannel(runner) {
  return {
    what: "set the step outputs",
    required: true,
    async publish(decision, { artifacts }) {
      runner.setOutput("verdict", decision.verdict);
      runner.setOutput("regressions", String(decision.results.filter((r) => r.fails).length));
      runner.setOutput("inconclusive", String(decision.results.filter((r) => r.status === "inconclusive").length));
      runner.setOutput("report-json", artifacts["report-json"] ?? "");
      runner.setOutput("report-markdown", artifacts["report-markdown"] ?? "");
      runner.setOutput("comment-url", artifacts["comment-url"] ?? "");
    }
  };
}

// src/report/channels/pushgateway.ts
function pushgatewayChannel(target, run2) {
  return {
    what: "push the metrics to the Pushgateway",
    required: false,
    async publish(decision, { log }) {
      const facts = run2();
      const { Pushgateway, metricsRegistry } = await import("./chunks/metrics-QORRFSFK.js");
      const registry = metricsRegistry(void 0, decision, facts);
      const gateway = new Pushgateway(
        target.url,
        { timeout: target.timeoutMs ?? 1e4, headers: authorization(target) },
        registry
      );
      await gateway.push({ jobName: "causal_perf", groupings: groupingLabels({ suite: facts.suite, testbed: facts.testbed }) });
      log.info(`Pushed the metrics to ${target.url} (group suite="${facts.suite}", testbed="${facts.testbed}").`);
    }
  };
}
function authorization(target) {
  if (target.token) return { Authorization: `Bearer ${target.token}` };
  if (target.basic) return { Authorization: `Basic ${Buffer.from(target.basic).toString("base64")}` };
  return {};
}
function groupingLabels(labels) {
  return Object.fromEntries(
    Object.entries(labels).map(
      ([k, v]) => v === "" || v.includes("/") ? [`${k}@base64`, Buffer.from(v).toString("base64url") || "="] : [k, v]
    )
  );
}

// src/report/channels/remote-write.ts
function remoteWriteChannel(target, run2) {
  return {
    what: "remote-write the metrics",
    required: false,
    async publish(decision, { log }) {
      const facts = run2();
      const { metricsTimeseries } = await import("./chunks/metrics-QORRFSFK.js");
      const series = await metricsTimeseries(void 0, decision, facts, facts.sampleTime.getTime());
      await remoteWrite(target, series);
      log.info(`Remote-wrote ${series.length} series to ${target.url}, stamped ${facts.sampleTime.toISOString()}.`);
    }
  };
}

// src/action/channels.ts
function actionChannels(settings, plan, reportDir, clock, redact = (text) => text) {
  const channels = [
    reportFilesChannel({ json: join2(reportDir, "report.json"), markdown: join2(reportDir, "report.md") }),
    annotationsChannel(actionsCommands)
  ];
  if (settings.summary) channels.push(summaryChannel(actionsCommands, redact));
  if (plan.pr && settings.comment !== "never") {
    if (settings.token)
      channels.push(
        commentChannel({
          owner: plan.repo.owner,
          repo: plan.repo.repo,
          pr: plan.pr,
          mode: settings.comment,
          redact,
          api: async () => (await import("./chunks/api-INVTBCH6.js")).createApi(settings.token, actionsLog.warn)
        })
      );
    else actionsLog.warn("no github-token: the pull request comment is skipped (the report is in the job summary)");
  }
  if (!plan.pr && plan.event === "push" && settings.commitComment !== "never") {
    if (settings.token)
      channels.push(
        commitCommentChannel({
          owner: plan.repo.owner,
          repo: plan.repo.repo,
          sha: plan.sha,
          mode: settings.commitComment,
          cc: settings.commitCommentCc,
          redact,
          api: async () => (await import("./chunks/api-INVTBCH6.js")).createApi(settings.token, actionsLog.warn)
        })
      );
    else actionsLog.warn("no github-token: the commit comment is skipped (the report is in the job summary)");
  }
  const otherBranch = !!plan.pr || !!plan.branch && !!plan.baselineBranch && plan.branch !== plan.baselineBranch;
  const whose = plan.pr ? `pull request #${plan.pr.number}` : `branch ${plan.branch}`;
  if (settings.pushgateway && otherBranch)
    actionsLog.info(
      `Pushgateway: not pushed \u2014 this run is ${whose}, and its group (suite, testbed) is the one ${plan.baselineBranch ?? "the default branch"}'s alerts read.`
    );
  if (settings.remoteWrite && otherBranch)
    actionsLog.info(
      `Remote write: not sent \u2014 this run is ${whose}, and its series (suite, benchmark, testbed) are ${plan.baselineBranch ?? "the default branch"}'s history and alerts.`
    );
  if (settings.pushgateway && !otherBranch)
    channels.push(
      pushgatewayChannel(settings.pushgateway, () => ({
        suite: settings.name,
        testbed: settings.testbed,
        sha: plan.sha,
        branch: plan.branch,
        event: plan.event,
        at: clock()
      }))
    );
  if (settings.remoteWrite && !otherBranch)
    channels.push(
      remoteWriteChannel(settings.remoteWrite, () => {
        const at = clock();
        return {
          suite: settings.name,
          testbed: settings.testbed,
          sha: plan.sha,
          branch: plan.branch,
          event: plan.event,
          at,
          sampleTime: sampleTime(plan.commit.timestamp, at)
        };
      })
    );
  channels.push(outputsChannel(actionsCommands));
  return channels;
}

// src/action/event.ts
var branchOf = (ref) => ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
function planEvent(eventName, payload, env, options = {}) {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const defaultBranch = payload.repository?.default_branch ?? "main";
  const recordBranches = /* @__PURE__ */ new Set([defaultBranch, ...options.historyBranches ?? []]);
  const commitUrl = (sha2) => `${serverUrl}/${owner}/${repo}/commit/${sha2}`;
  const base = { event: eventName, repo: { owner, repo }, runId: env.GITHUB_RUN_ID, serverUrl, defaultBranch };
  const pr = payload.pull_request;
  if ((eventName === "pull_request" || eventName === "pull_request_target") && pr) {
    const sha2 = pr.head?.sha ?? env.GITHUB_SHA ?? "";
    const baseRef = pr.base?.ref ?? env.GITHUB_BASE_REF ?? defaultBranch;
    const fork = !!pr.head?.repo?.full_name && !!pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name;
    return {
      ...base,
      sha: sha2,
      branch: pr.head?.ref ?? env.GITHUB_HEAD_REF,
      baselineBranch: baseRef,
      baselineShas: pr.base?.sha ? [pr.base.sha] : [],
      record: false,
      why: "pull request runs are compared and reported, never written into the main history",
      pr: {
        number: pr.number,
        fork,
        baseRef,
        baseSha: pr.base?.sha,
        headRef: pr.head?.ref,
        labels: (pr.labels ?? []).map((l) => l.name).filter((n) => typeof n === "string")
      },
      commit: { sha: sha2, message: pr.title, author: pr.user?.login, timestamp: pr.updated_at, url: commitUrl(sha2) }
    };
  }
  if (eventName === "merge_group" && payload.merge_group) {
    const mg = payload.merge_group;
    const sha2 = mg.head_sha ?? env.GITHUB_SHA ?? "";
    const target = branchOf(mg.base_ref) ?? defaultBranch;
    return {
      ...base,
      sha: sha2,
      branch: branchOf(mg.head_ref),
      baselineBranch: target,
      baselineShas: mg.base_sha ? [mg.base_sha] : [],
      record: false,
      why: "merge-queue runs are checks of a candidate merge; the push to the branch records it",
      commit: { sha: sha2, url: commitUrl(sha2) }
    };
  }
  const sha = (eventName === "push" ? payload.head_commit?.id : void 0) ?? env.GITHUB_SHA ?? "";
  const branch = branchOf(env.GITHUB_REF) ?? (env.GITHUB_REF_TYPE === "branch" ? env.GITHUB_REF_NAME : void 0);
  const hc = eventName === "push" ? payload.head_commit : void 0;
  const recorded = branch !== void 0 && recordBranches.has(branch);
  return {
    ...base,
    sha,
    branch,
    // Other branches compare with the default branch's history, and are not recorded.
    baselineBranch: recorded ? branch : defaultBranch,
    baselineShas: [],
    ...eventName === "push" && payload.before && !/^0+$/.test(payload.before) ? { previousSha: payload.before } : {},
    record: recorded,
    why: recorded ? `${eventName} on ${branch}: compared with ${branch}'s previous runs, then recorded` : `${eventName} on ${branch ?? env.GITHUB_REF ?? "a tag"}: compared with ${defaultBranch}'s history, not recorded (history branches: ${[...recordBranches].join(", ")})`,
    commit: {
      sha,
      message: hc?.message,
      author: hc?.author?.name ?? hc?.author?.username,
      timestamp: hc?.timestamp,
      url: hc?.url ?? (sha ? commitUrl(sha) : void 0)
    }
  };
}

// src/action/history.ts
import { join as join3 } from "node:path";
function openActionHistory(settings, plan, clock) {
  const target = settings.historyRepository ?? plan.repo;
  return openHistory({
    storage: settings.storage,
    retention: { maxRuns: settings.maxRuns, maxAgeDays: settings.maxAgeDays },
    clock,
    warn: actionsLog.warn,
    site: siteFiles,
    record: plan.record,
    trendUrl: settings.trendUrl,
    branch: {
      url: `${plan.serverUrl}/${target.owner}/${target.repo}.git`,
      name: settings.ghPagesBranch,
      dir: settings.ghPagesDir,
      auth: () => gitAuth(settings.token, settings.workspace, plan.serverUrl, maskSecret),
      pushTimeoutMs: settings.pushTimeoutSeconds * 1e3,
      workDir: settings.tempDir,
      // GitHub Pages publishes github.com repositories at <owner>.github.io/<repo>/.
      pageUrl: /^https:\/\/github\.com$/.test(plan.serverUrl) ? `https://${target.owner}.github.io/${target.repo}/${settings.ghPagesDir}/` : void 0
    },
    cache: { dir: join3(settings.tempDir, "causal-perf-history", slug(settings.name)), restoreBranch: plan.baselineBranch }
  });
}

// src/action/inputs.ts
function lines(value) {
  return value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function bool(name, fallback = true) {
  const value = getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`);
}
function choice(name, allowed, fallback) {
  const value = getInput(name).trim().toLowerCase() || fallback;
  if (!allowed.includes(value))
    throw new InputError(`input ${name}: expected one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}
function count(name, fallback, min = 0) {
  const raw = getInput(name).trim();
  if (raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new InputError(`input ${name}: expected a whole number \u2265 ${min}, got "${raw}"`);
  return n;
}
function folderInput(name) {
  try {
    return branchFolder(getInput(name) || "perf");
  } catch (error2) {
    throw new InputError(`input ${name}: ${error2.message}`);
  }
}
var SECRET_INPUTS = [
  "github-token",
  "pushgateway-token",
  "pushgateway-basic-auth",
  "pushgateway-url",
  "remote-write-token",
  "remote-write-basic-auth",
  "remote-write-url"
];
function forgetSecretInputs(env = process.env) {
  const values = [];
  for (const name of secretInputVariables()) {
    const value = env[name]?.trim();
    if (value) values.push(...credentialParts(value));
    delete env[name];
  }
  return values;
}
function credentialParts(value) {
  const basic = value.includes("://") ? splitCredentials(value).basic : value;
  const password = basic?.includes(":") ? basic.slice(basic.indexOf(":") + 1) : void 0;
  return [value, ...password ? [password] : []].filter((p) => p.length >= 4);
}
function redactor(values) {
  const sorted = [...new Set(values)].sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((t, v) => t.split(v).join("***"), text);
}
function secretInputVariables() {
  return SECRET_INPUTS.map((name) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`);
}
function getSettings() {
  const resultPatterns = lines(getInput("output-file-path"));
  const mergeReports = lines(getInput("merge-reports"));
  if (resultPatterns.length === 0 && mergeReports.length === 0)
    throw new InputError(
      "input output-file-path: expected at least one result file path or glob (or merge-reports, in the job that merges matrix legs)"
    );
  if (resultPatterns.length > 0 && mergeReports.length > 0)
    throw new InputError(
      "inputs output-file-path and merge-reports: expected one of them (a leg measures, the merge job merges)"
    );
  const token = getInput("github-token").trim();
  if (token) setSecret(token);
  const repoInput = getInput("history-repository").trim();
  let historyRepository;
  if (repoInput) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repoInput);
    if (!m) throw new InputError(`input history-repository: expected format {owner}/{repo}, got "${repoInput}"`);
    historyRepository = { owner: m[1], repo: m[2] };
  }
  const name = getInput("name").trim() || "benchmarks";
  return {
    run: getInput("run").trim() || void 0,
    resultPatterns,
    mergeReports,
    tool: getInput("tool").trim() || void 0,
    config: getInput("config").trim() || void 0,
    baselinePatterns: lines(getInput("baseline")),
    name,
    testbed: testbedInput(),
    token,
    storage: choice("storage", ["auto", "gh-pages", "cache", "both", "none"], "auto"),
    comment: choice("comment", ["always", "on-regression", "never"], "always"),
    commitComment: choice("commit-comment", ["always", "on-regression", "never"], "never"),
    commitCommentCc: loginsInput("commit-comment-cc-users"),
    failOnRegression: bool("fail-on-regression"),
    failOnInconclusive: bool("fail-on-inconclusive", false),
    confirmRuns: count("confirm-runs", 3),
    measure: choice("measure", ["time", "instructions"], "time"),
    instructionsHarness: getInput("instructions-harness").trim() ? choice("instructions-harness", ["pytest", "env"], "env") : void 0,
    instructionsCommand: getInput("instructions-command").trim() || void 0,
    confirmMaxMinutes: count("confirm-max-minutes", 10, 1),
    confirmAb: bool("confirm-ab", true),
    compareRefs: getInput("compare-refs").split(/\s+/).filter(Boolean),
    pushgateway: endpointInputs("pushgateway"),
    remoteWrite: endpointInputs("remote-write"),
    mode: choice("mode", ["history", "ab", "bisect"], "history"),
    ab: abInputs(),
    bisect: {
      good: getInput("bisect-good").trim() || void 0,
      bad: getInput("bisect-bad").trim() || void 0,
      benchmarks: lines(getInput("bisect-benchmark")),
      maxMinutes: count("bisect-max-minutes", 60, 1),
      allParents: bool("bisect-all-parents", false)
    },
    summary: bool("summary"),
    ghPagesBranch: getInput("gh-pages-branch").trim() || "gh-pages",
    ghPagesDir: folderInput("gh-pages-dir"),
    historyRepository,
    historyBranches: lines(getInput("history-branches")),
    maxRuns: count("max-runs", 5e3),
    maxAgeDays: count("max-age-days", 0),
    trendUrl: getInput("trend-url").trim() || void 0,
    pushTimeoutSeconds: count("push-timeout-seconds", 300),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.cwd()
  };
}
function abInputs() {
  const minRounds = count("ab-min-rounds", 3, 2);
  const maxRounds = count("ab-max-rounds", 30, 2);
  if (maxRounds < minRounds)
    throw new InputError(`input ab-max-rounds: expected at least ab-min-rounds (${minRounds}), got ${maxRounds}`);
  return {
    base: getInput("ab-base").trim() || void 0,
    setup: getInput("ab-setup").trim() || void 0,
    minRounds,
    maxRounds,
    maxMinutes: count("ab-max-minutes", 30, 1)
  };
}
function loginsInput(input) {
  const names = getInput(input).split(/[\s,]+/).map((n) => n.replace(/^@/, "")).filter(Boolean);
  for (const n of names)
    if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(n))
      throw new InputError(`input ${input}: expected GitHub logins separated by commas, got "${n.slice(0, 50)}"`);
  return names;
}
function testbedInput() {
  const value = getInput("testbed").trim();
  if (!value) return defaultTestbed();
  if (value.length > 64 || [...value].some((c) => c.charCodeAt(0) < 32))
    throw new InputError(`input testbed: expected a short name on one line (at most 64 characters), got "${value.slice(0, 70)}"`);
  return value;
}
function endpointInputs(prefix) {
  const { url, basic: fromUrl } = splitCredentials(getInput(`${prefix}-url`).trim());
  const token = getInput(`${prefix}-token`).trim();
  const basic = getInput(`${prefix}-basic-auth`).trim() || (token ? "" : fromUrl ?? "");
  if (token) setSecret(token);
  if (basic) setSecret(basic);
  if (fromUrl) setSecret(fromUrl.slice(fromUrl.indexOf(":") + 1));
  if (!url) return void 0;
  if (!/^https?:\/\/[^/]/.test(url)) throw new InputError(`input ${prefix}-url: expected an http(s) URL, got "${url}"`);
  if (basic && !basic.includes(":"))
    throw new InputError(`input ${prefix}-basic-auth: expected "user:password", got a value without ":"`);
  if (token && basic) throw new InputError(`inputs ${prefix}-token and ${prefix}-basic-auth: expected one of them, not both`);
  return { url, ...token ? { token } : {}, ...basic ? { basic } : {} };
}

// src/action/main.ts
async function run({
  clock = systemClock,
  credentials
} = {}) {
  try {
    const settings = getSettings();
    const redact = redactor(forgetSecretInputs());
    if (credentials === "unsupported" && (settings.run || settings.mode !== "history"))
      actionsLog.warn(
        `This Node.js (${process.version}) cannot start the action again without its credential inputs (process.execve needs Node.js 22.15 or later): the commands it runs could read them from /proc/${process.pid}/environ. The action's own runtime (node24) can.`
      );
    const { rules } = await readRules(settings.config);
    const event = readEvent(actionsLog);
    const plan = planEvent(event.name, event.payload, process.env, { historyBranches: settings.historyBranches });
    await commitFromCheckout(plan, settings.workspace);
    const files = settings.baselinePatterns.length > 0;
    actionsLog.info(
      files ? `Event: ${plan.event}; the baseline is the given baseline files, so history is neither read nor written.` : `Event: ${plan.why}.`
    );
    const cwd = process.cwd();
    const missing = (what) => (p) => `${what}: no file matches "${p}"`;
    const reportDir = join4(
      settings.tempDir,
      "causal-perf",
      `${slug(settings.name)}-${createHash("sha1").update(settings.name).digest("hex").slice(0, 8)}`
    );
    if (settings.mergeReports.length > 0) {
      const { decision: decision2 } = await runMerge(
        { name: settings.name, patterns: settings.mergeReports, cwd },
        {
          channels: actionChannels(settings, plan, reportDir, clock, redact),
          log: actionsLog,
          facts: { suite: settings.name, commit: plan.commit, event: plan.event, branch: plan.branch },
          links: plan.runId ? { fullReportUrl: `${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/actions/runs/${plan.runId}` } : {}
        }
      );
      failStep(decision2, settings.failOnRegression);
      return;
    }
    if (settings.compareRefs.length > 0) {
      if (!settings.run)
        throw new InputError("input run: compare-refs needs the command that runs the benchmarks (it runs in each tree)");
      const verdict = await runVersionsInAction(settings, plan, rules, redact);
      if (verdict === "fail" && settings.failOnRegression)
        setFailed(`a benchmark rule broke against ${settings.compareRefs.join(" or ")} (see the job summary)`);
      return;
    }
    if (settings.mode === "bisect") {
      await runBisectInAction(settings, plan, rules, redact);
      return;
    }
    const ab = settings.mode === "ab" ? await runAbInAction(settings, plan, rules) : void 0;
    const results = { patterns: settings.resultPatterns, cwd, missing: missing("output-file-path"), tool: settings.tool };
    const { decision } = await runPipeline(
      {
        name: settings.name,
        rules,
        head: ab ? { measured: { ...ab.head, run: { ...ab.head.run, machine: machineFacts() } } } : {
          suite: settings.run ? { command: settings.run, cwd: settings.workspace, flag: "run" } : void 0,
          results,
          machine: machineFacts(),
          ...settings.measure === "instructions" ? {
            instructions: {
              ...settings.instructionsHarness ? { harness: settings.instructionsHarness } : {},
              ...settings.instructionsCommand ? { command: settings.instructionsCommand } : {},
              cwd: settings.workspace,
              flag: "measure: instructions",
              install: true
            }
          } : {}
        },
        failOnInconclusive: settings.failOnInconclusive,
        accepted: acceptancesOf(plan),
        confirm: settings.confirmRuns > 0 && settings.run ? {
          runs: settings.confirmRuns,
          maxMinutes: settings.confirmMaxMinutes,
          suite: { command: settings.run, cwd: settings.workspace, flag: "run" },
          results
        } : void 0,
        // confirm-ab: rows still undecided are paired against the base commit (resolved only then: it may fetch).
        pair: settings.confirmAb && settings.run && !ab ? async () => ({
          repo: settings.workspace,
          baseSha: await abBaseCommit(plan, settings.workspace, settings.ab.base),
          headSha: await gitOutput(settings.workspace, ["rev-parse", "HEAD"]) || plan.sha,
          command: settings.run,
          flag: "run",
          ...settings.ab.setup ? { setup: settings.ab.setup } : {},
          results: { patterns: settings.resultPatterns, tool: settings.tool },
          minRounds: settings.ab.minRounds,
          maxRounds: settings.ab.maxRounds,
          // On by default, pairing is held to the re-measuring budget too (confirm-max-minutes).
          maxMinutes: Math.min(settings.ab.maxMinutes, settings.confirmMaxMinutes),
          tempDir: settings.tempDir
        }) : void 0,
        baseline: ab ? { from: "decided", decision: ab.decision } : files ? {
          from: "files",
          files: { patterns: settings.baselinePatterns, cwd, missing: missing("baseline"), tool: settings.tool }
        } : {
          from: "history",
          branch: plan.baselineBranch,
          untilShas: await baselineCut(plan, settings.workspace),
          pullRequest: !!plan.pr,
          testbed: settings.testbed
        },
        record: plan.record ? {
          commit: plan.commit,
          branch: plan.branch,
          event: plan.event,
          runId: plan.runId,
          identity: runIdentity(plan, settings.name, settings.testbed),
          environment: machineFacts(),
          testbed: settings.testbed
        } : void 0,
        facts: {
          suite: settings.name,
          testbed: settings.testbed,
          commit: plan.commit,
          event: plan.event,
          branch: plan.branch,
          baseline_branch: plan.baselineBranch
        },
        links: plan.runId ? { fullReportUrl: `${plan.serverUrl}/${plan.repo.owner}/${plan.repo.repo}/actions/runs/${plan.runId}` } : {}
      },
      {
        openHistory: () => openActionHistory(settings, plan, clock),
        channels: actionChannels(settings, plan, reportDir, clock, redact),
        clock,
        log: actionsLog,
        suiteOutput: (text) => process.stdout.write(text)
      }
    );
    failStep(decision, settings.failOnRegression);
  } catch (error2) {
    setFailed(error2?.message ?? String(error2));
  }
}
function failStep(decision, failOnRegression) {
  const failing = [
    ...decision.results.filter((r) => r.fails).map((r) => `${r.benchmark} (${r.metric})`),
    ...(decision.scaling ?? []).filter((s) => s.fails).map((s) => `${s.family} (${s.metric} scaling)`)
  ];
  if (decision.verdict === "fail" && failOnRegression)
    setFailed(`${failing.length} benchmark rule${failing.length === 1 ? "" : "s"} broken: ${failing.join(", ")}`);
}
function runIdentity(plan, suite, testbed) {
  if (!plan.runId) return void 0;
  return [plan.repo.owner, plan.repo.repo, plan.runId, process.env.GITHUB_JOB ?? "", suite, testbed].join("/");
}
function acceptancesOf(plan) {
  const out = acceptedInMessage(plan.pr ? void 0 : plan.commit.message, plan.commit.author);
  if (plan.pr?.labels?.includes(ACCEPT_LABEL))
    out.push({ pattern: "*", source: `label ${ACCEPT_LABEL}`, ...plan.commit.author ? { by: plan.commit.author } : {} });
  return out;
}
var ACCEPT_LABEL = "perf-accepted";

// src/action/reexec.ts
import { randomUUID } from "node:crypto";
import { readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join5 } from "node:path";
var HANDOFF = "CAUSAL_PERF_CREDENTIALS_FILE";
function shedCredentialEnvironment(env = process.env, execve = process.execve?.bind(process)) {
  const handoff = env[HANDOFF];
  if (handoff) {
    delete env[HANDOFF];
    let values = {};
    try {
      values = JSON.parse(readFileSync2(handoff, "utf8"));
    } finally {
      rmSync(handoff, { force: true });
    }
    for (const [name, value] of Object.entries(values)) if (secretInputVariables().includes(name)) env[name] = value;
    return { outcome: "restored" };
  }
  const held = secretInputVariables().filter((name) => env[name]);
  if (held.length === 0) return { outcome: "none" };
  if (!execve) return { outcome: "unsupported" };
  const file = join5(env.RUNNER_TEMP || tmpdir(), `causal-perf-${randomUUID()}.json`);
  writeFileSync(file, JSON.stringify(Object.fromEntries(held.map((name) => [name, env[name]]))), { mode: 384, flag: "wx" });
  const next = { ...env, [HANDOFF]: file };
  for (const name of held) delete next[name];
  return execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next);
}

// src/action/index.ts
var shed = shedCredentialEnvironment();
installSignalCleanup();
void run({ credentials: shed.outcome });
