import { InputError } from '../errors.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { CommandStartError, execute } from './command.js';

/** Thrown when git fails; the message never contains the token (it is scrubbed). */
export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly code: number | null,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitAuth {
  /** A token for `x-access-token` basic auth (what actions/checkout and GitHub Apps use). */
  token?: string;
  /** A ready `AUTHORIZATION: …` header, e.g. the one actions/checkout persisted in the workspace. */
  header?: string;
}

/**
 * git in one repository, run without a shell. Credentials go through `GIT_CONFIG_*` environment
 * variables (http.extraHeader), so they are never on a command line, in a config file left behind,
 * or in an error message.
 */
export class Git {
  private readonly env: NodeJS.ProcessEnv;
  private readonly secrets: string[] = [];

  constructor(
    readonly dir: string,
    auth: GitAuth = {},
  ) {
    const header =
      auth.header ??
      (auth.token ? `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${auth.token}`).toString('base64')}` : undefined);
    if (auth.token) this.secrets.push(auth.token);
    if (header) this.secrets.push(header.replace(/^AUTHORIZATION:\s*\w+\s*/i, ''), header);
    this.env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: 'echo',
      GCM_INTERACTIVE: 'never',
      LC_ALL: 'C',
      GIT_CONFIG_NOSYSTEM: '1',
      ...(header ? { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: header } : {}),
    };
  }

  scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) if (s) out = out.split(s).join('***');
    return out;
  }

  /** Runs git; resolves with stdout as a Buffer. Rejects with a scrubbed GitError unless `allowFailure`. */
  async exec(
    args: string[],
    options: { input?: string | Buffer; allowFailure?: boolean; timeoutMs?: number } = {},
  ): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
    let result;
    try {
      result = await execute('git', args, { cwd: this.dir, env: this.env, input: options.input, timeoutMs: options.timeoutMs });
    } catch (error) {
      if (error instanceof CommandStartError) throw new GitError(`git could not be started: ${error.message}`, '', null);
      throw error;
    }
    const stderr = this.scrub(result.stderr);
    if (result.code === 0 || options.allowFailure) return { code: result.code, stdout: result.stdout, stderr };
    const what = args.find((a) => !a.startsWith('-')) ?? 'git';
    const detail = result.timedOut ? `no answer within ${options.timeoutMs} ms` : stderr.trim().split('\n').slice(-3).join(' / ');
    throw new GitError(`git ${what} failed (exit ${result.code}): ${detail}`, stderr, result.code);
  }

  /** A long-lived git child with the same environment (for `cat-file --batch`); the caller owns it. */
  spawn(args: string[]): ChildProcess {
    return spawn('git', args, { cwd: this.dir, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
  }

  async text(args: string[], timeoutMs?: number): Promise<string> {
    return (await this.exec(args, { timeoutMs })).stdout.toString('utf8');
  }
}

/** Output of a read-only git query in `cwd`, or undefined when git, the repository or the object is missing. */
export async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await new Git(cwd).text(args, 10_000)).trim();
  } catch {
    return undefined;
  }
}

/**
 * The repository's default branch, as a clone knows it: origin's HEAD (origin/master → master), else
 * a local main or master, else git's init.defaultBranch. Undefined outside a repository.
 */
export async function defaultBranchName(cwd: string): Promise<string | undefined> {
  const remote = await gitOutput(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
  if (remote) return remote.replace(/^origin\//, '');
  if ((await gitOutput(cwd, ['rev-parse', '--is-inside-work-tree'])) !== 'true') return undefined;
  for (const name of ['main', 'master'])
    if ((await gitOutput(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${name}`])) !== undefined) return name;
  return (await gitOutput(cwd, ['config', '--get', 'init.defaultBranch'])) || undefined;
}

/** A commit's sha, author, date, subject and whole message (its trailers) from a checkout: one git process. */
export async function readCommit(
  cwd: string,
  rev = 'HEAD',
): Promise<{ sha: string; author?: string; timestamp?: string; message?: string; body?: string } | undefined> {
  const out = await gitOutput(cwd, ['log', '-1', '--format=%H%x00%an%x00%aI%x00%B', rev]);
  if (!out) return undefined;
  const [sha = '', author, timestamp, body = ''] = out.split('\0');
  // The subject as %s gives it: the first paragraph, its lines joined by spaces.
  const message = body
    .split(/\n\s*\n/)[0]!
    .split('\n')
    .map((l) => l.trim())
    .join(' ');
  return { sha, author, timestamp, message, body };
}

/**
 * A ref that came from a user or an event (an input, a flag, a payload): never an option. Git would
 * run `--upload-pack=CMD` given as a ref to `fetch`; every call also puts `--end-of-options` before it.
 */
export function checkRef(ref: string, what: string): string {
  if (ref.startsWith('-') || /[\0\n\r]/.test(ref))
    throw new InputError(
      `${what}: expected a branch, tag or commit, got "${ref.replace(/[\0\n\r]/g, ' ')}" (a ref may not start with "-")`,
    );
  return ref;
}

/** One object as `git cat-file --batch` prints it. */
export interface GitObject {
  oid: string;
  type: string;
  content: Buffer;
}

/**
 * One long-lived `git cat-file --batch` for a whole run: objects by name (`<oid>`, `<commit>:<path>`)
 * without a process per read. Answers come in the order asked. Ask only for objects that are present
 * (trees of a blob-less fetch, blobs already fetched): in a partial clone, a missing blob would be
 * fetched from the remote one by one.
 */
export class ObjectReader {
  private child?: ChildProcess;
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiting: { resolve: (o: GitObject | undefined) => void; reject: (e: Error) => void }[] = [];
  private failure?: Error;

  constructor(private readonly git: Git) {}

  /** The objects, or undefined for each name git does not know. */
  read(names: string[]): Promise<(GitObject | undefined)[]> {
    if (names.some((n) => /[\n\r]/.test(n)))
      return Promise.reject(new GitError('an object name may not hold a line break', '', null));
    if (this.failure) return Promise.reject(this.failure);
    if (names.length === 0) return Promise.resolve([]);
    const child = this.start();
    this.hold(true);
    const answers = names.map(
      () => new Promise<GitObject | undefined>((resolve, reject) => this.waiting.push({ resolve, reject })),
    );
    child.stdin!.write(names.map((n) => `${n}\n`).join(''));
    return Promise.all(answers);
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = this.git.spawn(['cat-file', '--batch']);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout!.on('data', (c: Buffer) => this.take(c));
    child.stdin!.on('error', () => {});
    const fail = (why: string) => {
      this.failure ??= new GitError(`git cat-file failed: ${this.git.scrub(why || stderr.trim())}`, this.git.scrub(stderr), null);
      for (const w of this.waiting.splice(0)) w.reject(this.failure);
    };
    child.on('error', (e) => fail(e.message));
    child.on('close', (code) => fail(code === 0 && this.waiting.length === 0 ? 'closed' : `exit ${code}: ${stderr.trim()}`));
    this.child = child;
    this.hold(false);
    return child;
  }

  /**
   * Keeps the event loop alive while answers are awaited, and only then: between reads the run may end
   * without closing the reader, and the child then sees EOF.
   */
  private hold(on: boolean): void {
    const child = this.child;
    if (!child) return;
    for (const h of [child, child.stdin, child.stdout, child.stderr] as unknown as ({ ref(): void; unref(): void } | null)[])
      if (on) h?.ref?.();
      else h?.unref?.();
  }

  private take(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const next = this.waiting[0];
      if (!next) return;
      const nl = this.buffer.indexOf(10);
      if (nl < 0) return;
      const header = this.buffer.subarray(0, nl).toString('latin1');
      if (/ (missing|ambiguous)$/.test(header)) {
        this.buffer = this.buffer.subarray(nl + 1);
        this.waiting.shift();
        next.resolve(undefined);
        if (this.waiting.length === 0) this.hold(false);
        continue;
      }
      const [oid = '', type = '', sizeText = ''] = header.split(' ');
      const size = Number(sizeText);
      if (this.buffer.length < nl + 1 + size + 1) return;
      // A view, not a copy: the buffer is never written to (each chunk makes a new one).
      const content = this.buffer.subarray(nl + 1, nl + 1 + size);
      this.buffer = this.buffer.subarray(nl + 1 + size + 1);
      this.waiting.shift();
      next.resolve({ oid, type, content });
      if (this.waiting.length === 0) this.hold(false);
    }
  }

  /** Ends the process (it also ends by itself when this process exits). */
  close(): void {
    this.child?.stdin?.end();
    this.child = undefined;
  }
}

/** A tree object's entries: name → object id and mode (the raw format: `<mode> <name>\0<binary id>`). */
export function treeEntries(tree: Buffer, oidBytes = 20): Map<string, { oid: string; mode: string }> {
  const entries = new Map<string, { oid: string; mode: string }>();
  let pos = 0;
  while (pos < tree.length) {
    const space = tree.indexOf(32, pos);
    const nul = tree.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 1 + oidBytes > tree.length) throw new GitError('git returned a malformed tree', '', null);
    const mode = tree.subarray(pos, space).toString('latin1');
    const name = tree.subarray(space + 1, nul).toString('utf8');
    entries.set(name, { mode, oid: tree.subarray(nul + 1, nul + 1 + oidBytes).toString('hex') });
    pos = nul + 1 + oidBytes;
  }
  return entries;
}
