import { InputError } from '../errors.js';
import { CommandStartError, executeShell } from '../io/command.js';
import { expandPatterns, globFiles } from '../io/glob.js';
import type { Logger } from '../io/log.js';
import { readResultFiles } from '../io/result-files.js';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { ResultSet } from '../model.js';

export interface SuiteCommand {
  command: string;
  cwd: string;
  /** The input or flag that named the command, for error messages ("run", "--suite"). */
  flag: string;
  env?: NodeJS.ProcessEnv;
  /** Stop the command (its whole process group) after this long: a time cap that holds mid-run. */
  timeoutMs?: number;
}

/** The suite was stopped by its time cap. */
export class SuiteTimeout extends InputError {
  constructor(message: string) {
    super(message);
    this.name = 'SuiteTimeout';
  }
}

/**
 * Runs the benchmark suite through the shell with live output; returns its wall time in seconds. The
 * one suite runner of the action, the CLI and the two-ref comparison.
 */
export async function runSuite(suite: SuiteCommand, log: Logger, output: (text: string) => void): Promise<number> {
  const go = async () => {
    const start = process.hrtime.bigint();
    let result;
    try {
      result = await executeShell(suite.command, {
        cwd: suite.cwd,
        env: suite.env,
        onOutput: output,
        capture: false,
        ...(suite.timeoutMs !== undefined ? { timeoutMs: Math.max(1, suite.timeoutMs) } : {}),
      });
    } catch (error) {
      if (error instanceof CommandStartError)
        throw new InputError(`${suite.flag}: could not start "${suite.command}": ${error.message}`);
      throw error;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.timedOut)
      throw new SuiteTimeout(
        `${suite.flag}: stopped the suite after ${seconds.toFixed(0)} s, at its time limit: ${suite.command}`,
      );
    if (result.code !== 0)
      throw new InputError(
        `${suite.flag}: the benchmark command exited with ${result.code === null ? 'a signal' : `code ${result.code}`}: ${suite.command}`,
      );
    log.info(`The suite took ${seconds.toFixed(1)} s.`);
    return seconds;
  };
  return log.group ? log.group(`Running the benchmark suite: ${suite.command}`, go) : go();
}

export interface ResultFiles {
  patterns: string[];
  cwd: string;
  /** The message when a pattern matches nothing. */
  missing: (pattern: string) => string;
  tool?: string;
  /** False: the patterns are literal paths, read as given (the CLI's FILE arguments). */
  expand?: boolean;
}

const filesOf = (files: ResultFiles) =>
  files.expand === false ? Promise.resolve(files.patterns) : expandPatterns(files.patterns, files.cwd, files.missing);

/** The result files, expanded and parsed into one normalized run (files are merged). */
export async function parseResults(files: ResultFiles): Promise<ResultSet> {
  return readResultFiles(await filesOf(files), files.tool);
}

/** Each matching result file's signature (time, size and a hash of its content) before a run. */
export type ResultSnapshot = Map<string, string>;

async function signature(path: string): Promise<string | undefined> {
  try {
    const [st, content] = await Promise.all([stat(path), readFile(path)]);
    return `${st.mtimeMs}:${st.size}:${createHash('sha1').update(content).digest('hex')}`;
  } catch {
    return undefined;
  }
}

/** The result files as they are before a suite run, to tell afterwards which ones it wrote. */
export async function snapshotResults(files: ResultFiles): Promise<ResultSnapshot> {
  const out: ResultSnapshot = new Map();
  for (const pattern of files.patterns) {
    const hits = files.expand === false ? [pattern] : await globFiles(pattern, files.cwd);
    for (const f of hits) {
      const sig = await signature(f);
      if (sig !== undefined) out.set(f, sig);
    }
  }
  return out;
}

/**
 * The result files a suite run just wrote: only files that are new or changed since `before` count,
 * and a pattern with none is an error. A suite that exits 0 without writing its file would otherwise
 * be judged on the previous run's figures (a re-run, an A/B round): one real run counted as many.
 * Compared by content and time stamps, not against this process's clock (which a file server, or a
 * faked clock, need not share).
 */
export async function parseFreshResults(files: ResultFiles, before: ResultSnapshot, flag: string): Promise<ResultSet> {
  const fresh: string[] = [];
  for (const pattern of files.patterns) {
    const hits = files.expand === false ? [pattern] : await expandPatterns([pattern], files.cwd, files.missing);
    const now: string[] = [];
    for (const f of hits) if ((await signature(f)) !== before.get(f)) now.push(f);
    if (now.length === 0)
      throw new InputError(
        `${flag}: the suite wrote no new file matching "${pattern}" in this run (what matches is from before it)`,
      );
    fresh.push(...now);
  }
  return readResultFiles(fresh, files.tool);
}

/** Each file (or glob match) is one prior run, oldest first: `baseline` files, `compare --base`. */
export async function parseRuns(files: ResultFiles): Promise<ResultSet[]> {
  const runs: ResultSet[] = [];
  for (const file of await filesOf(files)) runs.push(await readResultFiles([file], files.tool));
  return runs;
}
