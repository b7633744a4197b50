import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { ResultSet } from '../model.js';
import { dirname, join } from 'node:path';
import { assertSize, loadParsers, mergeResults, parseResults, siblingsWanted } from '../formats/registry.js';

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
    assertSize(size, path);
    const text = await readFile(path, 'utf8');
    await loadParsers(text, path, tool);
    parts.push({ source: path, ...parseResults(text, path, tool, await readSiblings(path, tool)) });
  }
  return mergeResults(parts);
}

/** The files beside `path` a format asked for (criterion's benchmark.json and sample.json); absent ones are skipped. */
async function readSiblings(path: string, tool?: string): Promise<Record<string, string> | undefined> {
  const wanted = siblingsWanted(path, tool);
  if (wanted.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const file of wanted) {
    const at = join(dirname(path), file);
    try {
      const st = await stat(at);
      if (!st.isFile()) continue;
      assertSize(st.size, at);
      out[file] = await readFile(at, 'utf8');
    } catch (error) {
      if (error instanceof InputError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new InputError(`${at}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  return out;
}
