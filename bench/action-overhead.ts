/**
 * The action's own overhead (start to finish, no suite) for 1,000 benchmarks, spawning dist/index.js
 * as the runner does:
 *   a) 20 baseline files given as input (parse, decide, report only);
 *   b) a push on main with gh-pages history of 5,000 runs (npm run bench:history writes it): load the
 *      baseline, decide, report, append the run and the trend page, push;
 *   c) a pull request against the same history, with the sticky comment posted to a local GitHub API.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startGitServer } from '../test-support/git-server.js';
import { startGitHubServer } from '../test-support/github-server.js';
import { rng } from './simulate.js';

const N = 1000;
const TOKEN = 'bench-token';
const random = rng(99);
const levels = Array.from({ length: N }, () => 1e-5 * Math.exp(random() * 6));
const results = (shift = 1) => ({
  benchmarks: levels.map((level, i) => ({
    name: `test_causal_case_${String(i).padStart(4, '0')}[nodes=${10 + (i % 90)}]`,
    metrics: {
      time: {
        value: level * shift,
        unit: 's',
        direction: 'smaller',
        samples: Array.from({ length: 20 }, () => level * shift * (1 + (random() - 0.5) * 0.04)),
      },
    },
  })),
});

const work = mkdtempSync(join(tmpdir(), 'cp-overhead-'));
writeFileSync(join(work, 'results.json'), JSON.stringify(results(1 + (random() - 0.5) * 0.05)));
for (let r = 0; r < 20; r++)
  writeFileSync(join(work, `base-${String(r).padStart(2, '0')}.json`), JSON.stringify(results(1 + (random() - 0.5) * 0.05)));

async function action(env: Record<string, string>): Promise<{ ms: number; code: number | null; out: string }> {
  const output = join(work, 'output');
  const summary = join(work, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const start = Date.now();
  const child = spawn(process.execPath, [resolve('dist', 'index.js')], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: work,
      GITHUB_WORKSPACE: work,
      RUNNER_TEMP: work,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { ms: Date.now() - start, code, out };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
async function measure(label: string, env: () => Record<string, string>, reps = 3): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const r = await action(env());
    if (r.code !== 0) throw new Error(`${label}: exit ${r.code}\n${r.out.slice(-2000)}`);
    times.push(r.ms);
  }
  console.log(
    `${label.padEnd(64)} median ${(median(times) / 1000).toFixed(2)} s (${times.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
  );
}

const base = {
  'INPUT_OUTPUT-FILE-PATH': 'results.json',
  INPUT_NAME: 'causal gym',
  'INPUT_GITHUB-TOKEN': TOKEN,
  GITHUB_RUN_ID: '1',
  GITHUB_REPOSITORY: 'o/r',
};
console.log(`the action with ${N} benchmarks × 20 samples (dist/index.js, ${process.version}):`);
await measure('a) 20 baseline files as input, no history store', () => ({
  ...base,
  INPUT_BASELINE: 'base-*.json',
  INPUT_STORAGE: 'none',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
}));

const historyRoot = resolve('.tmp', 'bench-history');
if (!existsSync(join(historyRoot, 'remote.git'))) {
  console.log('(b and c need npm run bench:history first)');
  process.exit(0);
}
mkdirSync(join(historyRoot, 'o'), { recursive: true });
if (!existsSync(join(historyRoot, 'o', 'r.git'))) symlinkSync(join(historyRoot, 'remote.git'), join(historyRoot, 'o', 'r.git'));
const git = await startGitServer(historyRoot, { token: TOKEN });
const api = await startGitHubServer({ owner: 'o', repo: 'r', token: TOKEN });
let sha = 0;
await measure('b) push on main: gh-pages baseline (5,000 runs), decide, append + push', () => ({
  ...base,
  INPUT_STORAGE: 'gh-pages',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: `${++sha}`.padStart(40, 'e'),
  GITHUB_SERVER_URL: git.url,
  GITHUB_API_URL: api.url,
}));
const event = join(work, 'pr.json');
writeFileSync(
  event,
  JSON.stringify({
    repository: { full_name: 'o/r', default_branch: 'main' },
    pull_request: {
      number: 5,
      head: { sha: 'd'.repeat(40), ref: 'f', repo: { full_name: 'o/r' } },
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
    },
  }),
);
await measure('c) pull request: gh-pages baseline, decide, sticky comment', () => ({
  ...base,
  INPUT_STORAGE: 'gh-pages',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  GITHUB_SERVER_URL: git.url,
  GITHUB_API_URL: api.url,
}));
console.log(
  `comments on the PR after 3 runs: ${api.comments.get(5)?.length ?? 0}; API requests: ${api.requests.length}, OpenAPI violations: ${api.requests.flatMap((r) => r.violations).length}`,
);
await git.close();
await api.close();
