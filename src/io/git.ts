import { InputError } from '../errors.js';
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

/** A commit's sha, author, date and subject from a checkout. */
export async function readCommit(
  cwd: string,
  rev = 'HEAD',
): Promise<{ sha: string; author?: string; timestamp?: string; message?: string } | undefined> {
  const out = await gitOutput(cwd, ['log', '-1', '--format=%H%x00%an%x00%aI%x00%s', rev]);
  if (!out) return undefined;
  const [sha = '', author, timestamp, message] = out.split('\0');
  return { sha, author, timestamp, message };
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
