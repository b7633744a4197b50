import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Output of a read-only git query in `cwd`, or undefined when git, the repository or the object is missing. */
export async function gitOutput(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['-C', cwd, ...args], { timeout: 10_000, maxBuffer: 1 << 24 });
    return stdout.trim();
  } catch {
    return undefined;
  }
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
