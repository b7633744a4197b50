// Bundles the action and the CLI into dist/ with esbuild (deterministic, ~1 s), and publishes the JSON schemas.
import { build } from 'esbuild';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';

// The @actions packages are ESM; a few of their dependencies still call require().
const banner = {
  js: "import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);",
};
const common = {
  // prometheus-remote-write falls back to node-fetch only when given no fetch; we always pass one.
  external: ['node-fetch'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * @actions/core imports its OIDC client, and with it its HTTP client and undici (~0.8 MB), at its top,
 * for OIDC tokens the action never asks for. Marked free of side effects, the unused imports are
 * dropped, and every start is spared loading them (the cache code, which does use the client, still
 * bundles it in its own chunk).
 */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)|\/oidc-utils\.js$/ }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { again: true } });
      return { ...resolved, sideEffects: false };
    });
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  ...common,
  plugins: [sideEffectFree],
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// The bin needs its shebang first, before the banner.
const cli = await readFile('dist/cli.js', 'utf8');
await writeFile('dist/cli.js', '#!/usr/bin/env node\n' + cli);
await chmod('dist/cli.js', 0o755);
await writeFile('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');

const { resultsSchema, rulesSchema } = await import('../scripts/.schemas.mjs').catch(async () => {
  const out = 'scripts/.schemas.mjs';
  await build({ ...common, banner: undefined, entryPoints: ['src/schemas.ts'], outfile: out });
  return import('../' + out);
});
await mkdir('schemas', { recursive: true });
await writeFile('schemas/results.schema.json', JSON.stringify(resultsSchema, null, 2) + '\n');
if (rulesSchema) await writeFile('schemas/rules.schema.json', JSON.stringify(rulesSchema, null, 2) + '\n');
await rm('scripts/.schemas.mjs', { force: true });

// The trend page: bundled with uPlot so nothing loads from a CDN (it is pushed next to the history).
await mkdir('dist/site/assets', { recursive: true });
await build({
  entryPoints: ['site/app.ts'],
  outfile: 'dist/site/assets/app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
await writeFile('dist/site/index.html', await readFile('site/index.html'));
await writeFile('dist/site/assets/style.css', await readFile('site/style.css'));
await writeFile('dist/site/assets/uPlot.min.css', await readFile('node_modules/uplot/dist/uPlot.min.css'));
