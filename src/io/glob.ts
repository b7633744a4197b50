import { pushAll } from '../arrays.js';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';

/** Files matching a path or glob, relative to `cwd`, sorted (picomatch syntax). */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  if (!picomatch.scan(absolute).isGlob) return existsSync(absolute) ? [absolute] : [];
  const base = picomatch.scan(absolute).base || sep;
  // Hidden folders count: pytest-benchmark saves under .benchmarks/.
  const match = picomatch(relative(base, absolute).split(sep).join('/'), { dot: true });
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') await walk(path);
      } else if (match(relative(base, path).split(sep).join('/'))) found.push(path);
    }
  };
  await walk(base);
  return found.sort();
}

/** Every file of several patterns, in pattern order; a pattern that matches nothing is an InputError. */
export async function expandPatterns(patterns: string[], cwd: string, nothing: (pattern: string) => string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const hits = await globFiles(pattern, cwd);
    if (hits.length === 0) throw new InputError(nothing(pattern));
    pushAll(files, hits);
  }
  return files;
}
