// Runs a TypeScript script (benchmarks, the demo) by bundling it with esbuild first: no ts-node needed.
import { mkdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const [entry, ...args] = process.argv.slice(2);
await mkdir('.tmp', { recursive: true });
const outfile = resolve('.tmp', basename(entry).replace(/\.ts$/, '.mjs'));
await bundleForNode(entry, outfile);
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
