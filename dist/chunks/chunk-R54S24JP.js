import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  InputError,
  ObjectReader,
  treeEntries
} from "./chunk-COK7UBMR.js";
import {
  HistoryWriteDenied,
  loadRunsSafely,
  planAppendSafely
} from "./chunk-Q7PTPT4K.js";

// src/history/gh-pages.ts
import { appendFile, mkdtemp, readFile, rm } from "node:fs/promises";
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
  objects;
  /** The branch's tip as last fetched: a commit, null when the branch does not exist, undefined before the first fetch. */
  tip;
  /** Folders of a tip (`<tip>:<path>`) and blob contents (by id) already read: nothing is read twice in a run. */
  trees = /* @__PURE__ */ new Map();
  blobs = /* @__PURE__ */ new Map();
  async repo() {
    if (this.git) return this.git;
    const dir = await mkdtemp(join(this.options.workDir ?? tmpdir(), "causal-perf-history-"));
    const git = new Git(dir, this.options.auth);
    await git.exec(["init", "-q", "--bare"]);
    if (/[\0\n\r]/.test(this.options.url)) throw new InputError(`history URL: expected one line, got "${this.options.url}"`);
    const quoted = `"${this.options.url.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    await appendFile(
      join(dir, "config"),
      `[remote "origin"]
	url = ${quoted}
	promisor = true
	partialclonefilter = blob:none
[extensions]
	partialClone = origin
[gc]
	auto = 0
[maintenance]
	auto = false
`
    );
    this.git = git;
    this.objects = new ObjectReader(git);
    return git;
  }
  /**
   * The remote tip of the branch (fetched, without blobs), or undefined when the branch does not exist
   * yet: one fetch, read once per run and again only after a rejected push (`refresh`).
   */
  async fetchTip(refresh = false) {
    if (this.tip !== void 0 && !refresh) return this.tip ?? void 0;
    const git = await this.repo();
    const fetch = await git.exec(
      [
        "fetch",
        "-q",
        "--no-tags",
        "--no-auto-maintenance",
        "--depth",
        "1",
        "--filter=blob:none",
        "origin",
        `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`
      ],
      { allowFailure: true }
    );
    if (fetch.code !== 0) {
      if (!/couldn't find remote ref/i.test(fetch.stderr)) {
        const detail = fetch.stderr.trim().split("\n").slice(-3).join(" / ");
        throw new GitError(`git fetch failed (exit ${fetch.code}): ${detail}`, fetch.stderr, fetch.code);
      }
      this.tip = null;
      return void 0;
    }
    const head = (await readFile(join(git.dir, "FETCH_HEAD"), "utf8")).split(/\s/)[0] ?? "";
    if (!/^[0-9a-f]{40,64}$/.test(head)) throw new GitError(`git fetch left no commit in FETCH_HEAD ("${head}")`, "", null);
    this.tip = head;
    return head;
  }
  /** The entries of a folder of the tip (a tree object is present after a blob-less fetch), cached per tree. */
  async folders(tip, dirs) {
    const objects = this.objects;
    const result = /* @__PURE__ */ new Map();
    const unknown = dirs.filter((d) => !this.trees.has(`${tip}:${d}`));
    const got = await objects.read(unknown.map((d) => `${tip}:${d}`));
    unknown.forEach((d, i) => {
      const o = got[i];
      this.trees.set(`${tip}:${d}`, o?.type === "tree" ? treeEntries(o.content, o.oid.length / 2) : void 0);
    });
    for (const d of dirs) result.set(d, this.trees.get(`${tip}:${d}`));
    return result;
  }
  reader(tip) {
    return {
      read: async (files) => {
        const result = /* @__PURE__ */ new Map();
        if (!tip || files.length === 0) return result;
        const git = await this.repo();
        const full = files.map((f) => `${this.dir}/${f}`);
        const parent = (p) => p.slice(0, Math.max(0, p.lastIndexOf("/")));
        const trees = await this.folders(tip, [...new Set(full.map(parent))]);
        const oids = /* @__PURE__ */ new Map();
        for (const f of full) {
          const entry = trees.get(parent(f))?.get(f.slice(parent(f).length + 1));
          if (entry && !entry.mode.startsWith("4")) oids.set(f, entry.oid);
        }
        const missing = [...new Set(oids.values())].filter((o) => !this.fetched.has(o) && !this.blobs.has(o));
        if (missing.length > 0) {
          await git.exec(
            [
              "-c",
              "fetch.negotiationAlgorithm=noop",
              "fetch",
              "-q",
              "--no-tags",
              "--no-auto-maintenance",
              "--no-write-fetch-head",
              "--filter=blob:none",
              "--stdin",
              "origin"
            ],
            { input: missing.join("\n") + "\n" }
          );
          for (const o of missing) this.fetched.add(o);
        }
        const unread = [...new Set(oids.values())].filter((o) => !this.blobs.has(o));
        const got = await this.objects.read(unread);
        unread.forEach((o, i) => {
          const blob = got[i];
          if (!blob) throw new GitError(`git has no object ${o} after fetching it`, "", null);
          this.blobs.set(o, blob.content.toString("utf8"));
        });
        for (const f of full) {
          const oid = oids.get(f);
          if (oid) result.set(f.slice(this.dir.length + 1), this.blobs.get(oid));
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
  /** Whether the history branch exists on the remote (its tip is fetched, without contents, and kept for the run). */
  async exists() {
    return await this.fetchTip() !== void 0;
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
        tip = await this.fetchTip(attempt > 1);
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
      if (push.code === 0) {
        this.tip = commit;
        return true;
      }
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
mark :1
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
    text("get-mark :1\ndone\n");
    const out = await git.exec(["fast-import", "--quiet", "--force", "--done"], { input: Buffer.concat(chunks) });
    const oid = out.stdout.toString("latin1").trim();
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new GitError(`git fast-import gave no commit id ("${oid}")`, "", null);
    return oid;
  }
  /** Removes the temporary repository. */
  async close() {
    this.objects?.close();
    this.objects = void 0;
    if (this.git) await rm(this.git.dir, { recursive: true, force: true });
    this.git = void 0;
  }
};

export {
  branchFolder,
  GhPagesStore
};
