import { spawn } from 'node:child_process';
import { killGroup, trackGroup } from './cleanup.js';

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to the child's stdin, which is then closed (an empty stdin when absent). */
  input?: string | Buffer;
  /**
   * 'null': stdin is /dev/null instead of a pipe. A pipe closed by this process reaches the child at a
   * moment that varies from run to run, and so does what the child does about it (seen: a counted
   * pytest run's instructions varied by 0.03 % with a pipe, not at all with /dev/null).
   */
  stdin?: 'pipe' | 'null';
  /** Kill the child after this long; it then resolves with `timedOut`. */
  timeoutMs?: number;
  /** Live output, as it arrives (a suite's log); it is also captured unless `capture` is false. */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  /** Keep stdout and stderr in the result (default true). A long suite log need not be held in memory. */
  capture?: boolean;
}

export interface CommandResult {
  /** The exit code; null when a signal ended the child. */
  code: number | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

/** Thrown only when the program cannot be started at all (not found, not executable). */
export class CommandStartError extends Error {
  constructor(
    readonly file: string,
    cause: Error,
  ) {
    super(`${file} could not be started: ${cause.message}`);
    this.name = 'CommandStartError';
  }
}

/**
 * The one way this product runs a program: without a shell, arguments as given, output captured
 * and/or streamed. Resolves with the exit code whatever it is; callers decide what a failure means.
 */
export function execute(file: string, args: string[], options: CommandOptions = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const capture = options.capture ?? true;
    // Its own process group, so a timeout or a cancelled job stops everything it started (a suite's
    // shell and the benchmark under it), not just the shell.
    const group = process.platform !== 'win32';
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.stdin === 'null' ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: group,
    });
    const forget = child.pid !== undefined && group ? trackGroup(child.pid) : () => {};
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (group && child.pid !== undefined) killGroup(child.pid);
            else child.kill('SIGKILL');
          }, options.timeoutMs);
    const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => (chunk: Buffer) => {
      if (capture) into.push(chunk);
      options.onOutput?.(chunk.toString('utf8'), stream);
    };
    child.stdout!.on('data', collect('stdout', out));
    child.stderr!.on('data', collect('stderr', err));
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      forget();
      reject(new CommandStartError(file, e));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      forget();
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
    if (child.stdin) {
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
    }
  });
}

/**
 * A user's command line (a suite's `run`), through bash with `-e -o pipefail` so a failing step of a
 * pipeline fails the command; through the platform shell where bash is not the norm (Windows).
 */
export function executeShell(command: string, options: CommandOptions = {}): Promise<CommandResult> {
  return process.platform === 'win32'
    ? execute(process.env.ComSpec ?? 'cmd.exe', ['/d', '/s', '/c', command], options)
    : execute('bash', ['-e', '-o', 'pipefail', '-c', command], options);
}
