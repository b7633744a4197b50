// One way to bundle a TypeScript entry for Node (the example suite, benchmark scripts): esbuild, ESM,
// dependencies left external so they resolve from node_modules.
import { build } from 'esbuild';

/** @param {string} entry @param {string} outfile */
export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
