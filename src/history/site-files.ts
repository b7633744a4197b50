import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The trend page's files (built from `site/` into `dist/site/` by scripts/build.mjs), as written next
 * to the history on every append so the page always matches the data it reads.
 */
export function siteDirectory(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/index.js and dist/cli.js sit next to dist/site (chunks one level below); sources (tests,
  // src/history/) find it under ../../dist; bench scripts bundled into .tmp/ under ../dist.
  const candidates = [
    join(here, 'site'),
    join(here, '..', 'site'),
    join(here, '..', '..', 'dist', 'site'),
    join(here, '..', 'dist', 'site'),
  ];
  for (const dir of candidates) {
    if (existsSync(join(dir, 'assets', 'app.js'))) return dir;
  }
  throw new Error(`the trend page is not built (no site/assets/app.js near ${here}); run npm run build`);
}

export async function siteFiles(): Promise<Map<string, string | Buffer>> {
  const root = siteDirectory();
  const files = new Map<string, string | Buffer>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(root, path).split('\\').join('/'), await readFile(path));
    }
  };
  await walk(root);
  return files;
}
