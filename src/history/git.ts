import { spawn } from 'node:child_process';

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

  /** Runs git; resolves with stdout (as a Buffer when `raw`). Rejects with a scrubbed GitError. */
  exec(
    args: string[],
    options: { input?: string | Buffer; allowFailure?: boolean } = {},
  ): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, { cwd: this.dir, env: this.env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', (e) => reject(new GitError(`git could not be started: ${e.message}`, '', null)));
      child.on('close', (code) => {
        const stderr = this.scrub(Buffer.concat(err).toString('utf8'));
        const result = { code, stdout: Buffer.concat(out), stderr };
        if (code === 0 || options.allowFailure) resolve(result);
        else {
          const what = args.find((a) => !a.startsWith('-')) ?? 'git';
          const detail = stderr.trim().split('\n').slice(-3).join(' / ');
          reject(new GitError(`git ${what} failed (exit ${code}): ${detail}`, stderr, code));
        }
      });
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
    });
  }

  async text(args: string[]): Promise<string> {
    return (await this.exec(args)).stdout.toString('utf8');
  }
}
