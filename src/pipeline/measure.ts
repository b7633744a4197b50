import { InputError } from '../errors.js';
import { CommandStartError, executeShell } from '../io/command.js';
import { expandPatterns } from '../io/glob.js';
import type { Logger } from '../io/log.js';
import { readResultFiles } from '../io/result-files.js';
import type { ResultSet } from '../model.js';

export interface SuiteCommand {
  command: string;
  cwd: string;
  /** The input or flag that named the command, for error messages ("run", "--suite"). */
  flag: string;
  env?: NodeJS.ProcessEnv;
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
      result = await executeShell(suite.command, { cwd: suite.cwd, env: suite.env, onOutput: output, capture: false });
    } catch (error) {
      if (error instanceof CommandStartError)
        throw new InputError(`${suite.flag}: could not start "${suite.command}": ${error.message}`);
      throw error;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
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

/** Each file (or glob match) is one prior run, oldest first: `baseline` files, `compare --base`. */
export async function parseRuns(files: ResultFiles): Promise<ResultSet[]> {
  const runs: ResultSet[] = [];
  for (const file of await filesOf(files)) runs.push(await readResultFiles([file], files.tool));
  return runs;
}
