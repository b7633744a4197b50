/**
 * gh-pages history at scale: 1,000 benchmarks × 5,000 stored runs on a branch served by git
 * http-backend on 127.0.0.1. Prints the time to load a baseline and to append one run (fresh store
 * each time, as in a new job), the largest file on the branch, and 8 concurrent appends.
 *
 *   npm run bench:history [-- --benchmarks 1000 --runs 5000]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GhPagesStore } from '../src/history/gh-pages.js';
import { runIdOf } from '../src/history/layout.js';
import type { RunRecord } from '../src/history/types.js';
import { initBareRepo, startGitServer } from '../test-support/git-server.js';
import { generateHistory } from './gen-history.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BENCHMARKS = arg('benchmarks', 1000);
const RUNS = arg('runs', 5000);
const TOKEN = 'bench-token';
const dir = resolve('.tmp', 'bench-history');
const tree = join(dir, 'tree');
const bare = join(dir, 'remote.git');

const seconds = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_INDEX_FILE: join(dir, 'index.tmp') },
  });

if (!existsSync(join(bare, 'refs', 'heads', 'gh-pages')) || process.argv.includes('--regenerate')) {
  rmSync(dir, { recursive: true, force: true });
  let t = process.hrtime.bigint();
  const gen = generateHistory(join(tree, 'perf'), { benchmarks: BENCHMARKS, runs: RUNS, perMonth: 200 });
  console.log(
    `generated ${gen.runs} runs × ${gen.benchmarks} benchmarks: ${gen.files} files, ${(gen.bytes / 2 ** 20).toFixed(0)} MiB in ${seconds(t).toFixed(1)} s`,
  );
  t = process.hrtime.bigint();
  initBareRepo(bare);
  // A host packs repositories on its own schedule; a client-triggered gc of 1.9 GB would skew timings.
  git('--git-dir', bare, 'config', 'gc.auto', '0');
  git('--git-dir', bare, 'config', 'receive.autogc', 'false');
  git('--git-dir', bare, '--work-tree', tree, 'add', '-A');
  const treeId = git('--git-dir', bare, 'write-tree').trim();
  const commit = execFileSync(
    'git',
    ['--git-dir', bare, '-c', 'user.name=bench', '-c', 'user.email=b@b', 'commit-tree', treeId, '-m', 'history'],
    { encoding: 'utf8' },
  ).trim();
  git('--git-dir', bare, 'update-ref', 'refs/heads/gh-pages', commit);
  console.log(`committed to the bare repository in ${seconds(t).toFixed(1)} s`);
}

const server = await startGitServer(dir, { token: TOKEN });
const url = server.repoUrl('remote.git');
const store = () => new GhPagesStore({ url, auth: { token: TOKEN }, retention: { maxRuns: 10_000 } });

const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = store();
  const t = process.hrtime.bigint();
  const runs = await s.load({ suite: 'causal gym', branch: 'main', limit: 20 });
  loads.push(seconds(t));
  console.log(`load ${i + 1}: ${loads.at(-1)?.toFixed(2)} s`);
  if (runs.length !== 20 || runs[0]?.results.benchmarks.length !== BENCHMARKS)
    throw new Error(`expected 20 runs of ${BENCHMARKS} benchmarks, got ${runs.length}`);
  await s.close();
}

// Unique per invocation: the benchmark may run again on the same history.
let n = 0;
const session = Date.now().toString(36);
const newRun = (): RunRecord => ({
  version: 1,
  suite: 'causal gym',
  commit: { sha: `${Date.now().toString(16)}${n}`.padEnd(40, 'f'), message: 'bench append' },
  branch: 'main',
  event: 'push',
  runId: `bench-${session}-${n++}`,
  recordedAt: new Date(Date.now() + n).toISOString(),
  results: {
    benchmarks: Array.from({ length: BENCHMARKS }, (_, i) => ({
      name: `test_causal_case_${String(i).padStart(4, '0')}[nodes=${10 + (i % 90)}]`,
      metrics: {
        time: {
          value: 1e-4,
          unit: 's',
          direction: 'smaller' as const,
          samples: Array.from({ length: 20 }, (_, k) => 1e-4 * (1 + k / 1000)),
        },
      },
    })),
  },
});
/** Bytes the remote stores (packs received from pushes + loose objects). */
function storedBytes(): number {
  const out = execFileSync('du', ['-sb', join(bare, 'objects')], { encoding: 'utf8' });
  return Number(out.split(/\s/)[0]);
}
const storedBefore = storedBytes();
const appends: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = store();
  const t = process.hrtime.bigint();
  await s.append(newRun());
  appends.push(seconds(t));
  console.log(`append ${i + 1}: ${appends.at(-1)?.toFixed(2)} s`);
  await s.close();
}

const perAppend = (storedBytes() - storedBefore) / 3;
const t = process.hrtime.bigint();
const jobs = Array.from({ length: 8 }, store);
const concurrentRuns = jobs.map(() => newRun());
await Promise.all(jobs.map((s, i) => s.append(concurrentRuns[i] as RunRecord)));
const concurrent = seconds(t);
for (const s of jobs) await s.close();
const check = store();
const after = await check.load({ suite: 'causal gym', branch: 'main', limit: 200 });
const ids = after.map(runIdOf);
const landed = concurrentRuns.filter((r) => ids.includes(runIdOf(r))).length;
const duplicates = ids.length - new Set(ids).size;
await check.close();
await server.close();

const listing = execFileSync('git', ['--git-dir', bare, 'ls-tree', '-r', '-l', 'gh-pages'], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
})
  .trim()
  .split('\n')
  .map((l) => {
    const m = /^\S+ blob \S+\s+(\d+)\t(.*)$/.exec(l);
    return { size: Number(m?.[1]), path: m?.[2] ?? '' };
  });
const largest = listing.reduce((a, b) => (b.size > a.size ? b : a));
const total = listing.reduce((s, f) => s + f.size, 0);

console.log(`\nhistory: ${RUNS} runs × ${BENCHMARKS} benchmarks on gh-pages over HTTP (git http-backend, 127.0.0.1)`);
console.log(
  `load a 20-run baseline (fresh job):  median ${median(loads).toFixed(2)} s  (runs: ${loads.map((x) => x.toFixed(2)).join(', ')})`,
);
console.log(
  `append one run (fresh job):          median ${median(appends).toFixed(2)} s  (runs: ${appends.map((x) => x.toFixed(2)).join(', ')})`,
);
console.log(
  `8 concurrent appends:                ${concurrent.toFixed(1)} s until all pushed; ${landed} of 8 runs in history, ${duplicates} duplicate runs`,
);
console.log(`stored on the remote per append (as pushed): ${(perAppend / 2 ** 20).toFixed(2)} MiB`);
console.log(
  `files on the branch: ${listing.length}, ${(total / 2 ** 20).toFixed(0)} MiB; largest ${(largest.size / 2 ** 10).toFixed(0)} KiB (${largest.path})`,
);
