/**
 * This action and benchmark-action/github-action-benchmark (GAB) side by side, on the same generated
 * workloads and the same result file (GAB's customSmallerIsBetter JSON, which both read): a history of
 * R runs × 1,000 benchmarks kept in a local file, then one more run added to it. Each tool is spawned
 * as the runner spawns an action (INPUT_*, a push payload); CPU (user + sys), wall time and peak RSS
 * come from GNU time. Several repetitions, each on a fresh copy of the history.
 *
 *   npm run bench:peer [-- --runs 100,1000 --reps 3]
 *
 * GAB is not part of this repository: bring its v1 branch (built action with node_modules) to
 * .tmp/gab (ignored), e.g. from a bare clone of github.com/benchmark-action/github-action-benchmark:
 *   git --git-dir=<clone> archive v1 | tar -x -C .tmp/gab
 *
 * Ours keeps history in its local-directory layout (what `causal-perf run --history-dir` reads and
 * writes, bench/gen-history.ts generates it); GAB keeps it in one JSON file (external-data-json-path,
 * auto-push: false). Both judge the run against the history, report, and write the updated history.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateHistory } from './gen-history.js';
import { rng } from './simulate.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const RUNS = arg('runs', '100,1000').split(',').map(Number);
const REPS = Number(arg('reps', '3'));
const N = 1000;
const GAB = resolve('.tmp', 'gab', 'dist', 'src', 'index.js');
if (!existsSync(GAB)) {
  console.error(
    'github-action-benchmark is not at .tmp/gab. Bring its v1 branch there (it carries dist/ and node_modules/):\n' +
      '  git --git-dir=<bare clone of benchmark-action/github-action-benchmark> archive v1 | tar -x -C .tmp/gab',
  );
  process.exit(2);
}

const work = resolve('.tmp', 'bench-peer');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The benchmarks and levels of bench/gen-history.ts (same names, same first draws of its seed), in ms.
const names = Array.from({ length: N }, (_, i) => `test_causal_case_${String(i).padStart(4, '0')}[nodes=${10 + (i % 90)}]`);
const seed = rng(12345);
const levels = names.map(() => 1e-2 * Math.exp(seed() * 6));
const random = rng(7);
const benches = (shift: number) =>
  names.map((name, i) => ({ name, unit: 'ms', value: +(levels[i]! * shift * (1 + (random() - 0.5) * 0.04)).toPrecision(6) }));
writeFileSync(join(work, 'results.json'), JSON.stringify(benches(1)));
writeFileSync(
  join(work, 'event.json'),
  JSON.stringify({
    repository: { full_name: 'o/r', html_url: 'https://github.com/o/r', default_branch: 'main' },
    head_commit: {
      id: 'e'.repeat(40),
      message: 'bench',
      timestamp: '2026-11-30T10:00:00Z',
      url: 'https://github.com/o/r/commit/eee',
      author: { name: 'A', username: 'a' },
      committer: { name: 'A', username: 'a' },
    },
  }),
);

/** GAB's data file with `runs` entries (its own format), written directly. */
function gabData(path: string, runs: number): void {
  const entries = Array.from({ length: runs }, (_, r) => ({
    commit: {
      id: r.toString(16).padStart(40, '0'),
      message: `commit ${r}`,
      timestamp: new Date(Date.UTC(2026, 0, 1) + r * 3_600_000).toISOString(),
      url: `https://github.com/o/r/commit/${r}`,
      author: { name: 'A', username: 'a' },
      committer: { name: 'A', username: 'a' },
    },
    date: Date.UTC(2026, 0, 1) + r * 3_600_000,
    tool: 'customSmallerIsBetter',
    benches: benches(1 + (random() - 0.5) * 0.05),
  }));
  writeFileSync(
    path,
    JSON.stringify({ lastUpdate: Date.now(), repoUrl: 'https://github.com/o/r', entries: { 'causal gym': entries } }),
  );
}

interface Sample {
  cpu: number;
  wall: number;
  rssMb: number;
  code: number | null;
  out: string;
}

/** Runs `args` under GNU time; the last line of stderr is "user sys maxrss(KiB) elapsed". */
function timed(args: string[], env: Record<string, string>, cwd: string): Promise<Sample> {
  return new Promise((resolveSample) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M %e', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      const last = err.trim().split('\n').at(-1) ?? '';
      const [u, s, m, e] = last.split(' ').map(Number);
      resolveSample({ cpu: (u ?? NaN) + (s ?? NaN), wall: e ?? NaN, rssMb: (m ?? NaN) / 1024, code, out: out + err });
    });
  });
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

const runner = (cwd: string) => ({
  GITHUB_WORKSPACE: cwd,
  RUNNER_TEMP: cwd,
  GITHUB_OUTPUT: join(cwd, 'output'),
  GITHUB_STEP_SUMMARY: join(cwd, 'summary.md'),
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: join(work, 'event.json'),
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'e'.repeat(40),
  GITHUB_RUN_ID: '1',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
});

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s.at(-1)! };
};
const show = (xs: number[], digits = 2) => {
  const { min, median, max } = stats(xs);
  return `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
};

console.log(`${N} benchmarks, ${REPS} repetitions each, node ${process.version}; median (min–max)\n`);
console.log('| history | tool | CPU s | wall s | peak RSS MB | history written | ours ÷ GAB (CPU) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const runs of RUNS) {
  const oursSeed = join(work, `ours-${runs}`);
  generateHistory(oursSeed, { benchmarks: N, runs, perMonth: 200 });
  const gabSeed = join(work, `gab-${runs}.json`);
  gabData(gabSeed, runs);
  const result: Record<string, Sample[]> = { ours: [], gab: [] };
  for (let rep = 0; rep < REPS; rep++) {
    // Ours: the local-directory history through the action's own code path (the CLI's run).
    const a = join(work, `run-ours-${runs}-${rep}`);
    cpSync(oursSeed, join(a, 'history'), { recursive: true });
    writeFileSync(join(a, 'output'), '');
    writeFileSync(join(a, 'summary.md'), '');
    const ours = await timed(
      [
        process.execPath,
        resolve('dist', 'cli.js'),
        'run',
        '--suite',
        'true',
        '--output',
        join(work, 'results.json'),
        '--tool',
        'customSmallerIsBetter',
        '--history-dir',
        join(a, 'history'),
        '--name',
        'causal gym',
        '--branch',
        'main',
        '--format',
        'text',
      ],
      runner(a),
      a,
    );
    if (ours.code !== 0 && ours.code !== 1) throw new Error(`ours failed (${ours.code}):\n${ours.out.slice(-1500)}`);
    result.ours!.push(ours);
    // GAB: its data file, no push, no comment.
    const g = join(work, `run-gab-${runs}-${rep}`);
    mkdirSync(g, { recursive: true });
    cpSync(gabSeed, join(g, 'data.json'));
    writeFileSync(join(g, 'output'), '');
    writeFileSync(join(g, 'summary.md'), '');
    const gab = await timed(
      [process.execPath, GAB],
      {
        ...runner(g),
        INPUT_NAME: 'causal gym',
        INPUT_TOOL: 'customSmallerIsBetter',
        'INPUT_OUTPUT-FILE-PATH': join(work, 'results.json'),
        'INPUT_EXTERNAL-DATA-JSON-PATH': join(g, 'data.json'),
        'INPUT_AUTO-PUSH': 'false',
        'INPUT_SAVE-DATA-FILE': 'true',
        'INPUT_COMMENT-ON-ALERT': 'false',
        'INPUT_FAIL-ON-ALERT': 'false',
        'INPUT_ALERT-THRESHOLD': '200%',
        'INPUT_GH-PAGES-BRANCH': 'gh-pages',
        'INPUT_BENCHMARK-DATA-DIR-PATH': 'dev/bench',
        'INPUT_MAX-ITEMS-IN-CHART': '',
        'INPUT_SKIP-FETCH-GH-PAGES': 'true',
        'INPUT_SUMMARY-ALWAYS': 'false',
        'INPUT_COMMENT-ALWAYS': 'false',
        'INPUT_ALERT-COMMENT-CC-USERS': '',
        'INPUT_FAIL-THRESHOLD': '',
        'INPUT_GITHUB-TOKEN': '',
        INPUT_REF: '',
      },
      g,
    );
    if (gab.code !== 0) throw new Error(`GAB failed (${gab.code}):\n${gab.out.slice(-1500)}`);
    result.gab!.push(gab);
    (result as Record<string, unknown>)[`written-ours-${rep}`] = dirBytes(join(a, 'history')) - dirBytes(oursSeed);
  }
  const cpu = (k: string) => result[k]!.map((s) => s.cpu);
  const ratio = stats(cpu('ours')).median / stats(cpu('gab')).median;
  console.log(
    `| ${runs} runs | this action (local history) | ${show(cpu('ours'))} | ${show(result.ours!.map((s) => s.wall))} | ${show(
      result.ours!.map((s) => s.rssMb),
      0,
    )} | ${(dirBytes(oursSeed) / 2 ** 20).toFixed(1)} MB on disk | ${ratio.toFixed(2)}× |`,
  );
  console.log(
    `| ${runs} runs | GAB v1 (external JSON) | ${show(cpu('gab'))} | ${show(result.gab!.map((s) => s.wall))} | ${show(
      result.gab!.map((s) => s.rssMb),
      0,
    )} | ${(statSync(gabSeed).size / 2 ** 20).toFixed(1)} MB rewritten | |`,
  );
}
