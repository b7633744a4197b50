// Bundles the action and the CLI into dist/ with esbuild (deterministic, ~1 s), and publishes the JSON schemas.
import { build } from 'esbuild';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;

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
  minifyWhitespace: !process.env.CAUSAL_PERF_NO_MINIFY,
  minifySyntax: !process.env.CAUSAL_PERF_NO_MINIFY,
  logLevel: 'warning',
};

/**
 * @actions/core imports its OIDC client, and with it its HTTP client and undici (~0.8 MB), at its top,
 * for OIDC tokens the action never asks for; and it re-exports `platform`, which imports @actions/exec
 * and @actions/io (and with them node:assert and node:timers) to ask the OS its name, which the action
 * never does either. Marked free of side effects, the unused imports are dropped, and every start is
 * spared loading them (the cache code, which does use the client and exec, still bundles them in its
 * own chunk). Measured: a cold start without inputs 87.1 → 85.3 ms CPU (3 × 40 starts).
 */
const sideEffectFree = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)|\/oidc-utils\.js$|^\.\/platform\.js$/ }, async (args) => {
      if (args.pluginData?.again) return undefined;
      if (args.path === './platform.js' && !/@actions[\\/]core[\\/]/.test(args.resolveDir)) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { again: true } });
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * The validators, compiled now rather than on every run: src/schema-compile.ts (Ajv at run time) is
 * replaced in the bundle by Ajv's standalone code for every schema of src/schema-list.ts, with the
 * same options. Ajv itself then stays out of the bundle.
 */
async function compiledValidators() {
  const tmp = await mkdtemp(join(tmpdir(), 'causal-perf-build-'));
  try {
    await build({
      ...common,
      banner: undefined,
      entryPoints: { list: 'src/schema-list.ts', compile: 'src/schema-compile.ts' },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
    });
    const allSchemas = (await import(join(tmp, 'list.mjs'))).allSchemas();
    const { AJV_OPTIONS: options } = await import(join(tmp, 'compile.mjs'));
    const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
    const names = Object.keys(allSchemas);
    for (const name of names) ajv.addSchema(allSchemas[name], name);
    const code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])));
    return `${code}
const byName = { ${names.join(', ')} };
export const AJV_OPTIONS = ${JSON.stringify(options)};
export function compileSchema(name) {
  const validate = byName[name];
  if (!validate) throw new Error(\`no validator was compiled for the schema "\${name}"\`);
  return validate;
}
`;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
const validators = await compiledValidators();
const precompiled = {
  name: 'precompiled-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]schema-compile\.ts$/ }, () => ({
      contents: validators,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  ...common,
  plugins: [sideEffectFree, precompiled],
  entryPoints: { start: 'src/action/start.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
// The action's entry point on its own: it sheds the credential inputs (re-executing itself under
// Node 24) before it loads the action (dist/start.js and its chunks), so the image that is replaced
// loads only this file.
await build({
  ...common,
  entryPoints: ['src/action/index.ts'],
  outfile: 'dist/index.js',
  external: [...common.external, './start.js'],
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
  minifyWhitespace: !process.env.CAUSAL_PERF_NO_MINIFY,
  minifySyntax: !process.env.CAUSAL_PERF_NO_MINIFY,
  logLevel: 'warning',
});
await writeFile('dist/site/index.html', await readFile('site/index.html'));
await writeFile('dist/site/assets/style.css', await readFile('site/style.css'));
await writeFile('dist/site/assets/uPlot.min.css', await readFile('node_modules/uplot/dist/uPlot.min.css'));
