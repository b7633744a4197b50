import type { Clock } from '../io/clock.js';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { Git, GitError, ObjectReader, treeEntries, type GitAuth } from '../io/git.js';
import type { FileReader, Retention } from './layout.js';
import { loadRunsSafely, planAppendSafely } from './repair.js';
import {
  HistoryWriteDenied,
  type HistoryStore,
  type LoadQuery,
  type RunAnnotations,
  type RunRecord,
  type Warn,
} from './types.js';

export interface GhPagesOptions {
  /** Remote URL of the repository that holds the branch (may be another repository than the workflow's). */
  url: string;
  branch?: string;
  /** Folder on the branch for history and the trend site. */
  dir?: string;
  auth?: GitAuth;
  retention?: Retention;
  /** Where retention's age limit is measured from. */
  clock?: Clock;
  /** Give up pushing after this long (ms) of rejected pushes. */
  pushTimeoutMs?: number;
  /** Site files (path under `dir` → content), rewritten on every append so the page is always current. */
  site?: () => Promise<Map<string, string | Buffer>>;
  committer?: { name: string; email: string };
  workDir?: string;
  warn?: Warn;
  random?: () => number;
}

/**
 * The folder on the branch, normalized: "./perf2" is "perf2". Absolute paths, ".." and ".git" are
 * refused: git would refuse the tree (a ".git" entry makes `git clone --branch gh-pages` fail) or the
 * path would leave the branch.
 */
export function branchFolder(raw: string): string {
  const text = raw.trim();
  if (/^([\\/]|[A-Za-z]:)/.test(text))
    throw new InputError(`"${raw}": expected a folder relative to the branch root, such as perf or dev/bench`);
  const parts = text.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  const bad = parts.find((p) => p === '..' || p.toLowerCase() === '.git');
  if (bad) throw new InputError(`"${raw}": expected a folder inside the branch; "${bad}" is not allowed in it`);
  return parts.join('/') || 'perf';
}

const REJECTED =
  /\[rejected\]|\[remote rejected\].*(cannot lock|failed to update)|fetch first|non-fast-forward|stale info|failed to lock/i;

/** What git prints when the host or the network failed for a moment (HTTP 5xx, a reset connection): worth retrying. */
const TRANSIENT =
  /returned error: 5\d\d|HTTP 5\d\d|RPC failed|Could not resolve host|Connection (refused|reset|timed out)|Failed to connect|timed out|early EOF|unexpected disconnect|remote end hung up/i;

/** What git prints when the server refuses the credentials (or their lack) for a push. */
const DENIED = /\b(401|403)\b|denied|Authentication failed|not allowed|could not read Username/i;

/**
 * History on a gh-pages branch. Only the branch's tip is fetched, without file contents
 * (`--depth 1 --filter=blob:none`); the files a baseline or an append needs are fetched by id in
 * one request. An append is one commit built with `git fast-import` on top of the tip (no checkout)
 * and pushed without force; when another job pushed first, the append is recomputed on the new tip
 * and pushed again, with jittered backoff, until `pushTimeoutMs`.
 */
export class GhPagesStore implements HistoryStore {
  private git?: Git;
  private readonly branch: string;
  private readonly dir: string;
  private readonly warn: Warn;
  private readonly fetched = new Set<string>();
  private objects?: ObjectReader;
  /** The branch's tip as last fetched: a commit, null when the branch does not exist, undefined before the first fetch. */
  private tip?: string | null;
  /** Folders of a tip (`<tip>:<path>`) and blob contents (by id) already read: nothing is read twice in a run. */
  private readonly trees = new Map<string, Map<string, { oid: string; mode: string }> | undefined>();
  private readonly blobs = new Map<string, string>();

  constructor(private readonly options: GhPagesOptions) {
    this.branch = options.branch ?? 'gh-pages';
    this.dir = branchFolder(options.dir ?? 'perf');
    this.warn = options.warn ?? (() => {});
  }

  private async repo(): Promise<Git> {
    if (this.git) return this.git;
    const dir = await mkdtemp(join(this.options.workDir ?? tmpdir(), 'causal-perf-history-'));
    const git = new Git(dir, this.options.auth);
    // A bare repository is HEAD, a config, objects/ and refs/ (what `git init --bare --template=`
    // writes), with the remote as a partial clone of it: written here, not by five git processes.
    if (/[\0\n\r]/.test(this.options.url)) throw new InputError(`history URL: expected one line, got "${this.options.url}"`);
    const quoted = `"${this.options.url.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    await mkdir(join(dir, 'objects', 'pack'), { recursive: true });
    await mkdir(join(dir, 'objects', 'info'), { recursive: true });
    await mkdir(join(dir, 'refs', 'heads'), { recursive: true });
    await mkdir(join(dir, 'refs', 'tags'), { recursive: true });
    await writeFile(join(dir, 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(
      join(dir, 'config'),
      `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = true\n[remote "origin"]\n\turl = ${quoted}\n\tpromisor = true\n\tpartialclonefilter = blob:none\n[extensions]\n\tpartialClone = origin\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n`,
    );
    this.git = git;
    this.objects = new ObjectReader(git);
    return git;
  }

  /**
   * The remote tip of the branch (fetched, without blobs), or undefined when the branch does not exist
   * yet: one fetch, read once per run and again only after a rejected push (`refresh`).
   */
  private async fetchTip(refresh = false): Promise<string | undefined> {
    if (this.tip !== undefined && !refresh) return this.tip ?? undefined;
    const git = await this.repo();
    const fetch = await git.exec(
      [
        'fetch',
        '-q',
        '--no-tags',
        '--no-auto-maintenance',
        '--depth',
        '1',
        '--filter=blob:none',
        'origin',
        `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`,
      ],
      { allowFailure: true },
    );
    if (fetch.code !== 0) {
      if (!/couldn't find remote ref/i.test(fetch.stderr)) {
        const detail = fetch.stderr.trim().split('\n').slice(-3).join(' / ');
        throw new GitError(`git fetch failed (exit ${fetch.code}): ${detail}`, fetch.stderr, fetch.code);
      }
      this.tip = null;
      return undefined;
    }
    // FETCH_HEAD names the commit fetched: no rev-parse.
    const head = (await readFile(join(git.dir, 'FETCH_HEAD'), 'utf8')).split(/\s/)[0] ?? '';
    if (!/^[0-9a-f]{40,64}$/.test(head)) throw new GitError(`git fetch left no commit in FETCH_HEAD ("${head}")`, '', null);
    this.tip = head;
    return head;
  }

  /**
   * The tree entries (blob id, mode) of files of the tip, by path under the branch root, from their
   * folders' tree objects (present after a blob-less fetch; each folder read once per tip). Files the
   * tip does not have are absent.
   */
  private async entries(tip: string, files: string[]): Promise<Map<string, { oid: string; mode: string }>> {
    const parent = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf('/')));
    await this.loadTrees(tip, files.map(parent));
    const found = new Map<string, { oid: string; mode: string }>();
    for (const f of files) {
      const entry = this.trees.get(`${tip}:${parent(f)}`)?.get(f.slice(parent(f).length + 1));
      if (entry && !entry.mode.startsWith('4')) found.set(f, entry);
    }
    return found;
  }

  /** Reads the tree objects of folders of the tip not seen yet (one batched read); absent folders are undefined. */
  private async loadTrees(tip: string, folders: string[]): Promise<void> {
    const unknown = [...new Set(folders)].filter((d) => !this.trees.has(`${tip}:${d}`));
    if (unknown.length === 0) return;
    const got = await (this.objects as ObjectReader).read(unknown.map((d) => `${tip}:${d}`));
    unknown.forEach((d, i) => {
      const o = got[i];
      this.trees.set(`${tip}:${d}`, o?.type === 'tree' ? treeEntries(o.content, o.oid.length / 2) : undefined);
    });
  }

  private reader(tip: string | undefined): FileReader {
    return {
      read: async (files) => {
        const result = new Map<string, string | undefined>();
        if (!tip || files.length === 0) return result;
        const git = await this.repo();
        const full = files.map((f) => `${this.dir}/${f}`);
        // Each file's id from its folder's tree (one batched read of the trees not seen yet), no ls-tree.
        const oids = new Map([...(await this.entries(tip, full))].map(([f, e]) => [f, e.oid]));
        const missing = [...new Set(oids.values())].filter((o) => !this.fetched.has(o) && !this.blobs.has(o));
        if (missing.length > 0) {
          await git.exec(
            [
              '-c',
              'fetch.negotiationAlgorithm=noop',
              'fetch',
              '-q',
              '--no-tags',
              '--no-auto-maintenance',
              '--no-write-fetch-head',
              '--filter=blob:none',
              '--stdin',
              'origin',
            ],
            { input: missing.join('\n') + '\n' },
          );
          for (const o of missing) this.fetched.add(o);
        }
        const unread = [...new Set(oids.values())].filter((o) => !this.blobs.has(o));
        const got = await (this.objects as ObjectReader).read(unread);
        unread.forEach((o, i) => {
          const blob = got[i];
          if (!blob) throw new GitError(`git has no object ${o} after fetching it`, '', null);
          this.blobs.set(o, blob.content.toString('utf8'));
        });
        for (const f of full) {
          const oid = oids.get(f);
          if (oid) result.set(f.slice(this.dir.length + 1), this.blobs.get(oid));
        }
        return result;
      },
      // From the folders' tree objects, present after the blob-less fetch: no process, no fetch.
      names: async (folders) => {
        const result = new Map<string, string[]>();
        if (!tip || folders.length === 0) return result;
        await this.repo();
        const full = folders.map((f) => `${this.dir}/${f}`);
        await this.loadTrees(tip, full);
        folders.forEach((f, i) => result.set(f, [...(this.trees.get(`${tip}:${full[i]}`)?.keys() ?? [])]));
        return result;
      },
      list: async (folder) => {
        if (!tip) return [];
        const git = await this.repo();
        const out = await git.text(['ls-tree', '-r', '-z', '--name-only', tip, '--', `${this.dir}/${folder}`]);
        return out
          .split('\0')
          .filter((p) => p.startsWith(`${this.dir}/`))
          .map((p) => p.slice(this.dir.length + 1))
          .sort();
      },
    };
  }

  /** Whether the history branch exists on the remote (its tip is fetched, without contents, and kept for the run). */
  async exists(): Promise<boolean> {
    return (await this.fetchTip()) !== undefined;
  }

  async load(query: LoadQuery): Promise<RunRecord[]> {
    const tip = await this.fetchTip();
    return loadRunsSafely(this.reader(tip), query, this.warn);
  }

  async append(run: RunRecord, annotations?: RunAnnotations): Promise<boolean> {
    const git = await this.repo();
    const deadline = Date.now() + (this.options.pushTimeoutMs ?? 120_000);
    const random = this.options.random ?? Math.random;
    const site = this.options.site ? await this.options.site() : undefined;
    const backoff = async (attempt: number) => {
      const wait = Math.min(5000, 200 * 2 ** Math.min(attempt, 5)) * (0.5 + random());
      await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, deadline - Date.now()))));
    };
    for (let attempt = 1; ; attempt++) {
      let tip: string | undefined;
      try {
        // The tip read for the baseline, on the first attempt; the remote's new one after a rejected push.
        tip = await this.fetchTip(attempt > 1);
      } catch (error) {
        // The host failed for a moment while reading the tip: the same budget as a failed push.
        if (!(error instanceof GitError) || !TRANSIENT.test(error.stderr) || Date.now() >= deadline) throw error;
        this.warn(`history: reading ${this.branch} failed (${error.message}); retrying`);
        await backoff(attempt);
        continue;
      }
      const plan = await planAppendSafely(this.reader(tip), run, {
        retention: this.options.retention,
        clock: this.options.clock,
        annotations,
        warn: this.warn,
      });
      if (!plan.added) return true; // already stored (a retried append that had landed)
      const commit = await this.commit(
        git,
        tip,
        plan.writes,
        plan.deletes,
        site,
        `Add ${run.suite} run for ${run.commit.sha.slice(0, 12)}${run.branch ? ` on ${run.branch}` : ''}`,
      );
      const push = await git.exec(['push', '-q', '--no-verify', 'origin', `${commit}:refs/heads/${this.branch}`], {
        allowFailure: true,
      });
      if (push.code === 0) {
        this.tip = commit;
        return true;
      }
      const detail = push.stderr.trim().split('\n').slice(-2).join(' / ');
      if (DENIED.test(push.stderr) && !TRANSIENT.test(push.stderr))
        throw new HistoryWriteDenied(`could not push history to ${this.branch}: ${detail}`);
      const rejected = REJECTED.test(push.stderr);
      if (!rejected && !TRANSIENT.test(push.stderr))
        throw new GitError(`could not push history to ${this.branch}: ${detail}`, push.stderr, push.code);
      if (Date.now() >= deadline) {
        throw new GitError(
          rejected
            ? `gave up adding the run to ${this.branch} after ${attempt} rejected pushes: other jobs kept pushing first`
            : `gave up adding the run to ${this.branch} after ${attempt} failed pushes: the host kept failing (last: ${detail})`,
          push.stderr,
          push.code,
        );
      }
      if (!rejected) this.warn(`history: push ${attempt} to ${this.branch} failed (${detail}); retrying`);
      // Another job pushed first, or the host failed: back off with jitter, then recompute the append on the new tip.
      await backoff(attempt);
    }
  }

  private async commit(
    git: Git,
    tip: string | undefined,
    writes: Map<string, string>,
    deletes: string[],
    site: Map<string, string | Buffer> | undefined,
    message: string,
  ): Promise<string> {
    const who = this.options.committer ?? {
      name: 'github-actions[bot]',
      email: '41898282+github-actions[bot]@users.noreply.github.com',
    };
    const now = Math.floor(Date.now() / 1000);
    const chunks: Buffer[] = [];
    const text = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
    const data = (content: string | Buffer) => {
      const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      text(`data ${buf.length}\n`);
      chunks.push(buf);
      text('\n');
    };
    const ref = `refs/causal-perf/append-${process.pid}`;
    text(`commit ${ref}\nmark :1\ncommitter ${who.name} <${who.email}> ${now} +0000\n`);
    data(message);
    if (tip) text(`from ${tip}\n`);
    for (const path of deletes) text(`D ${this.dir}/${path}\n`);
    for (const [path, content] of await this.changedSite(tip, site)) {
      text(`M 100644 inline ${this.dir}/${path}\n`);
      data(content);
    }
    for (const [path, content] of writes) {
      text(`M 100644 inline ${this.dir}/${path}\n`);
      data(content);
    }
    if (!tip) {
      text(`M 100644 inline .nojekyll\n`);
      data('');
    }
    // The new commit's id from fast-import itself (get-mark), not from a rev-parse after it.
    text('get-mark :1\ndone\n');
    const out = await git.exec(['fast-import', '--quiet', '--force', '--done'], { input: Buffer.concat(chunks) });
    const oid = out.stdout.toString('latin1').trim();
    if (!/^[0-9a-f]{40,64}$/.test(oid)) throw new GitError(`git fast-import gave no commit id ("${oid}")`, '', null);
    return oid;
  }

  /**
   * The site files that differ from the tip's (by their git blob id): the page's files are the same on
   * nearly every append, and fast-import need not hash and compress them again.
   */
  private async changedSite(
    tip: string | undefined,
    site: Map<string, string | Buffer> | undefined,
  ): Promise<[string, string | Buffer][]> {
    const all = [...(site ?? [])];
    if (!tip || all.length === 0) return all;
    const onTip = await this.entries(
      tip,
      all.map(([p]) => `${this.dir}/${p}`),
    );
    return all.filter(([path, content]) => {
      const entry = onTip.get(`${this.dir}/${path}`);
      if (!entry || entry.oid.length !== 40) return true;
      const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex') !== entry.oid;
    });
  }

  /** Removes the temporary repository. */
  async close(): Promise<void> {
    this.objects?.close();
    this.objects = undefined;
    if (this.git) await rm(this.git.dir, { recursive: true, force: true });
    this.git = undefined;
  }
}
