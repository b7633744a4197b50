import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/**
 * Files matching a path or glob, relative to `cwd`, sorted. For the CLI: @actions/glob writes
 * `::debug::` lines to stdout, which is the CLI's report channel.
 */
export async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  if (!picomatch.scan(absolute).isGlob) return existsSync(absolute) ? [absolute] : [];
  const base = picomatch.scan(absolute).base || sep;
  const match = picomatch(relative(base, absolute).split(sep).join('/'), { dot: false });
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
