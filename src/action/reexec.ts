/**
 * Credentials out of reach of the commands the action starts, /proc included (#26 item 1).
 *
 * Deleting a variable from process.env changes what children inherit, but not what
 * /proc/<pid>/environ shows: that is the block the process was started with, readable by any
 * process of the same user — the suite, which is the pull request's code, included. So, before
 * anything else runs, an action that holds credential inputs replaces its own process image
 * (process.execve, Node ≥ 22.15) with one started without them. The credentials cross the exec in a
 * file only this user can read, which the new image reads and deletes before it starts any command;
 * from then on they live in its memory only.
 */
import { closeSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretInputVariables } from './secret-inputs.js';

/** Set in the re-executed image: the file the credentials crossed the exec in. */
const HANDOFF = 'CAUSAL_PERF_CREDENTIALS_FILE';

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

export interface Shed {
  /** What happened: started again without them, took them over from the handoff, or nothing to do. */
  outcome: 'reexec' | 'restored' | 'none' | 'unsupported';
}

/**
 * Runs first in the action's entry point. In the first image: when credential inputs are set and the
 * runtime can exec, hands them over and starts again (does not return). In the second: puts them
 * back into process.env (memory only), to be read and forgotten as before (forgetSecretInputs).
 */
export function shedCredentialEnvironment(
  env: NodeJS.ProcessEnv = process.env,
  execve: Execve | undefined = (process as { execve?: Execve }).execve?.bind(process),
): Shed {
  const handoff = env[HANDOFF];
  if (handoff) {
    delete env[HANDOFF];
    let values: Record<string, string> = {};
    try {
      values = JSON.parse(readFileSync(handoff, 'utf8')) as Record<string, string>;
    } finally {
      rmSync(handoff, { force: true });
    }
    for (const [name, value] of Object.entries(values)) if (secretInputVariables().includes(name)) env[name] = value;
    return { outcome: 'restored' };
  }
  const held = secretInputVariables().filter((name) => env[name]);
  if (held.length === 0) return { outcome: 'none' };
  if (!execve) return { outcome: 'unsupported' };
  const file = join(env.RUNNER_TEMP || tmpdir(), `causal-perf-${unguessable()}.json`);
  writeFileSync(file, JSON.stringify(Object.fromEntries(held.map((name) => [name, env[name]]))), { mode: 0o600, flag: 'wx' });
  const next: NodeJS.ProcessEnv = { ...env, [HANDOFF]: file };
  for (const name of held) delete next[name];
  return execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next);
}

/**
 * 128 bits from the kernel's random source, as hex: the handoff file's name. Read from /dev/urandom
 * (every system with execve has it) rather than through node:crypto, which this short-lived first
 * image would load for one call (~6 ms of CPU under Node 24, at every run with a credential input);
 * Web Crypto where the device cannot be opened.
 */
function unguessable(): string {
  let fd: number;
  try {
    fd = openSync('/dev/urandom', 'r');
  } catch {
    return globalThis.crypto.randomUUID();
  }
  try {
    const bytes = Buffer.alloc(16);
    let got = 0;
    while (got < bytes.length) got += readSync(fd, bytes, got, bytes.length - got, null);
    return bytes.toString('hex');
  } finally {
    closeSync(fd);
  }
}
