import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  InputError
} from "./chunk-TNN75TTQ.js";
import {
  HistoryWriteDenied,
  loadRunsSafely,
  planAppendSafely
} from "./chunk-J6GUC43F.js";

// src/history/gh-pages.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
function branchFolder(raw) {
  const text = raw.trim();
  if (/^([\\/]|[A-Za-z]:)/.test(text))
    throw new InputError(`"${raw}": expected a folder relative to the branch root, such as perf or dev/bench`);
  const parts = text.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  const bad = parts.find((p) => p === ".." || p.toLowerCase() === ".git");
  if (bad) throw new InputError(`"${raw}": expected a folder inside the branch; "${bad}" is not allowed in it`);
  return parts.join("/") || "perf";
}
var REJECTED = /\[rejected\]|\[remote rejected\].*(cannot lock|failed to update)|fetch first|non-fast-forward|stale info|failed to lock/i;
var TRANSIENT = /returned error: 5\d\d|HTTP 5\d\d|RPC failed|Could not resolve host|Connection (refused|reset|timed out)|Failed to connect|timed out|early EOF|unexpected disconnect|remote end hung up/i;
var DENIED = /\b(401|403)\b|denied|Authentication failed|not allowed|could not read Username/i;
var GhPagesStore = class {
  constructor(options) {
    this.options = options;
    this.branch = options.branch ?? "gh-pages";
    this.dir = branchFolder(options.dir ?? "perf");
    this.warn = options.warn ?? (() => {
    });
  }
  options;
  git;
  branch;
  dir;
  warn;
  fetched = /* @__PURE__ */ new Set();
  async repo() {
    if (this.git) return this.git;
    const dir = await mkdtemp(join(this.options.workDir ?? tmpdir(), "causal-perf-history-"));
    const git = new Git(dir, this.options.auth);
    await git.exec(["init", "-q", "--bare"]);
    await git.exec(["remote", "add", "origin", this.options.url]);
    await git.exec(["config", "remote.origin.promisor", "true"]);
    await git.exec(["config", "remote.origin.partialclonefilter", "blob:none"]);
    await git.exec(["config", "extensions.partialClone", "origin"]);
    this.git = git;
    return git;
  }
  /** The remote tip of the branch (fetched, without blobs), or undefined when the branch does not exist yet. */
  async fetchTip() {
    const git = await this.repo();
    const ls = await git.text(["ls-remote", "--heads", "origin", `refs/heads/${this.branch}`]);
    const tip = ls.split(/\s/)[0];
    if (!tip) return void 0;
    await git.exec([
      "fetch",
      "-q",
      "--no-tags",
      "--depth",
      "1",
      "--filter=blob:none",
      "origin",
      `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`
    ]);
    return (await git.text(["rev-parse", `refs/remotes/origin/${this.branch}`])).trim();
  }
  reader(tip) {
    return {
      read: async (files) => {
        const result = /* @__PURE__ */ new Map();
        if (!tip || files.length === 0) return result;
        const git = await this.repo();
        const full = files.map((f) => `${this.dir}/${f}`);
        const oids = /* @__PURE__ */ new Map();
        for (let i = 0; i < full.length; i += 500) {
          const out = await git.text(["ls-tree", "-z", tip, "--", ...full.slice(i, i + 500)]);
          for (const line of out.split("\0")) {
            const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
            if (m) oids.set(m[2], m[1]);
          }
        }
        const missing = [...new Set(oids.values())].filter((o) => !this.fetched.has(o));
        if (missing.length > 0) {
          await git.exec(
            [
              "-c",
              "fetch.negotiationAlgorithm=noop",
              "fetch",
              "-q",
              "--no-tags",
              "--no-write-fetch-head",
              "--filter=blob:none",
              "--stdin",
              "origin"
            ],
            {
              input: missing.join("\n") + "\n"
            }
          );
          for (const o of missing) this.fetched.add(o);
        }
        const wanted = full.filter((f) => oids.has(f));
        if (wanted.length > 0) {
          const out = (await git.exec(["cat-file", "--batch"], { input: wanted.map((f) => oids.get(f)).join("\n") + "\n" })).stdout;
          let pos = 0;
          for (const f of wanted) {
            const nl = out.indexOf(10, pos);
            const size = Number(out.subarray(pos, nl).toString("latin1").split(" ")[2]);
            result.set(f.slice(this.dir.length + 1), out.subarray(nl + 1, nl + 1 + size).toString("utf8"));
            pos = nl + 1 + size + 1;
          }
        }
        return result;
      },
      list: async (folder) => {
        if (!tip) return [];
        const git = await this.repo();
        const out = await git.text(["ls-tree", "-r", "-z", "--name-only", tip, "--", `${this.dir}/${folder}`]);
        return out.split("\0").filter((p) => p.startsWith(`${this.dir}/`)).map((p) => p.slice(this.dir.length + 1)).sort();
      }
    };
  }
  /** Whether the history branch exists on the remote (a read; no fetch of contents). */
  async exists() {
    const git = await this.repo();
    return (await git.text(["ls-remote", "--heads", "origin", `refs/heads/${this.branch}`])).trim() !== "";
  }
  async load(query) {
    const tip = await this.fetchTip();
    return loadRunsSafely(this.reader(tip), query, this.warn);
  }
  async append(run, annotations) {
    const git = await this.repo();
    const deadline = Date.now() + (this.options.pushTimeoutMs ?? 12e4);
    const random = this.options.random ?? Math.random;
    const site = this.options.site ? await this.options.site() : void 0;
    const backoff = async (attempt) => {
      const wait = Math.min(5e3, 200 * 2 ** Math.min(attempt, 5)) * (0.5 + random());
      await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, deadline - Date.now()))));
    };
    for (let attempt = 1; ; attempt++) {
      let tip;
      try {
        tip = await this.fetchTip();
      } catch (error) {
        if (!(error instanceof GitError) || !TRANSIENT.test(error.stderr) || Date.now() >= deadline) throw error;
        this.warn(`history: reading ${this.branch} failed (${error.message}); retrying`);
        await backoff(attempt);
        continue;
      }
      const plan = await planAppendSafely(this.reader(tip), run, {
        retention: this.options.retention,
        clock: this.options.clock,
        annotations,
        warn: this.warn
      });
      if (!plan.added) return true;
      const commit = await this.commit(
        git,
        tip,
        plan.writes,
        plan.deletes,
        site,
        `Add ${run.suite} run for ${run.commit.sha.slice(0, 12)}${run.branch ? ` on ${run.branch}` : ""}`
      );
      const push = await git.exec(["push", "-q", "--no-verify", "origin", `${commit}:refs/heads/${this.branch}`], {
        allowFailure: true
      });
      if (push.code === 0) return true;
      const detail = push.stderr.trim().split("\n").slice(-2).join(" / ");
      if (DENIED.test(push.stderr) && !TRANSIENT.test(push.stderr))
        throw new HistoryWriteDenied(`could not push history to ${this.branch}: ${detail}`);
      const rejected = REJECTED.test(push.stderr);
      if (!rejected && !TRANSIENT.test(push.stderr))
        throw new GitError(`could not push history to ${this.branch}: ${detail}`, push.stderr, push.code);
      if (Date.now() >= deadline) {
        throw new GitError(
          rejected ? `gave up adding the run to ${this.branch} after ${attempt} rejected pushes: other jobs kept pushing first` : `gave up adding the run to ${this.branch} after ${attempt} failed pushes: the host kept failing (last: ${detail})`,
          push.stderr,
          push.code
        );
      }
      if (!rejected) this.warn(`history: push ${attempt} to ${this.branch} failed (${detail}); retrying`);
      await backoff(attempt);
    }
  }
  async commit(git, tip, writes, deletes, site, message) {
    const who = this.options.committer ?? {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com"
    };
    const now = Math.floor(Date.now() / 1e3);
    const chunks = [];
    const text = (s) => chunks.push(Buffer.from(s, "utf8"));
    const data = (content) => {
      const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      text(`data ${buf.length}
`);
      chunks.push(buf);
      text("\n");
    };
    const ref = `refs/causal-perf/append-${process.pid}`;
    text(`commit ${ref}
committer ${who.name} <${who.email}> ${now} +0000
`);
    data(message);
    if (tip) text(`from ${tip}
`);
    for (const path of deletes) text(`D ${this.dir}/${path}
`);
    for (const [path, content] of site ?? []) {
      text(`M 100644 inline ${this.dir}/${path}
`);
      data(content);
    }
    for (const [path, content] of writes) {
      text(`M 100644 inline ${this.dir}/${path}
`);
      data(content);
    }
    if (!tip) {
      text(`M 100644 inline .nojekyll
`);
      data("");
    }
    text("done\n");
    await git.exec(["fast-import", "--quiet", "--force", "--done"], { input: Buffer.concat(chunks) });
    return (await git.text(["rev-parse", ref])).trim();
  }
  /** Removes the temporary repository. */
  async close() {
    if (this.git) await rm(this.git.dir, { recursive: true, force: true });
    this.git = void 0;
  }
};

export {
  branchFolder,
  GhPagesStore
};
