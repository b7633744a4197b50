import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ResultSet } from '../model.js';
import { MAX_RESULT_BYTES, mergeResults, parseResults } from '../formats/registry.js';

/** Reads and parses result files of one run (the size is checked before reading). */
export async function readResultFiles(paths: readonly string[], tool?: string): Promise<ResultSet> {
  if (paths.length === 0) throw new InputError('no result files given; expected at least one path');
  const parts = [];
  for (const path of paths) {
    let size: number;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new InputError(`${path}: expected a result file, found a directory or special file`);
      size = st.size;
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`${path}: cannot read the result file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (size > MAX_RESULT_BYTES) {
      throw new InputError(
        `${path}: the file is ${(size / 2 ** 20).toFixed(0)} MiB; expected a result file under ${MAX_RESULT_BYTES / 2 ** 20} MiB`,
      );
    }
    const text = await readFile(path, 'utf8');
    parts.push({ source: path, ...parseResults(text, path, tool) });
  }
  return mergeResults(parts);
}
