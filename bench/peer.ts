/**
 * This action and benchmark-action/github-action-benchmark (GAB) side by side, on the same generated
 * workloads and the same result file (GAB's customSmallerIsBetter JSON, which both read): a history of
 * R runs × 1,000 benchmarks, then one more run added to it. Each tool is spawned as the runner spawns
 * an action (INPUT_*, a push payload); CPU (user + sys, git's included), wall time and peak RSS come
 * from GNU time. Several repetitions, each on a fresh copy of the history.
 *
 *   npm run bench:peer [-- --benchmarks 20,1000 --runs 100,1000,5000 --reps 5 --modes local,gh-pages --node PATH]
 *
 * A run with the defaults rewrites bench/results/peer.md (the README's figures come from there).
 *
 * Two places for the history:
 * - local: ours in a history directory (`causal-perf run --history-dir`), GAB in one JSON file
 *   (external-data-json-path, auto-push: false);
 * - gh-pages: a gh-pages branch of a bare repository served by `git http-backend` on 127.0.0.1
 *   (test-support/git-server.ts). Ours is the bundled action on a push to main (it fetches, appends,
 *   pushes); GAB runs in a clone of the repository, once with auto-push: false (fetch, switch, commit)
 *   and once with a push. "pushed" is the body of the push requests the server received.
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
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateHistory } from './gen-history.js';
import { rng } from './simulate.js';
import { initBareRepo, startGitServer } from '../test-support/git-server.js';
import { recordFigures } from './results.js';
import { measureTrendPage, type PageFigures } from './site-measure.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const RUNS = arg('runs', '100,1000,5000').split(',').map(Number);
const REPS = Number(arg('reps', '5'));
const MODES = arg('modes', 'local,gh-pages').split(',');
/** Suite sizes: 20 benchmarks is what most projects have, 1,000 a large suite. */
const NS = arg('benchmarks', '20,1000').split(',').map(Number);
const N = Math.max(...NS);
/**
 * `--node PATH`: the Node.js that runs both tools. Both action.yml files say `using: node24`; under
 * Node 24 our action also starts itself again without its credential inputs (src/action/reexec.ts),
 * which older Nodes cannot, so that is the runtime to quote: by default the Node 24 that .ci/run
 * installs (`npm install --no-save --prefix .tmp/node24 node@24`), else the one running this script.
 */
const NODE24 = resolve('.tmp', 'node24', 'node_modules', '.bin', 'node');
const NODE = arg('node', existsSync(NODE24) ? NODE24 : process.execPath);
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
/** `--profile DIR`: our action's runs write V8 CPU profiles there (node --cpu-prof). */
const PROFILE = arg('profile', '');
/** GAB keeps every run in one string; past this many runs of 1,000 benchmarks it cannot write it (V8's limit). */
const GAB_MAX_RUNS = 1500;
const gabCanRun = (runs: number, n: number) => runs * n <= GAB_MAX_RUNS * 1000;
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
const random = rng(7);
/** A suite of n benchmarks: the names and levels of bench/gen-history.ts (same first draws of its seed), in ms. */
function suiteOf(n: number) {
  const names = Array.from({ length: n }, (_, i) => `test_causal_case_${String(i).padStart(4, '0')}[nodes=${10 + (i % 90)}]`);
  const seed = rng(12345);
  const levels = names.map(() => 1e-2 * Math.exp(seed() * 6));
  const benches = (shift: number) =>
    names.map((name, i) => ({ name, unit: 'ms', value: +(levels[i]! * shift * (1 + (random() - 0.5) * 0.04)).toPrecision(6) }));
  const results = join(work, `results-${n}.json`);
  writeFileSync(results, JSON.stringify(benches(1)));
  return { benches, results };
}
/** A push payload; GAB reads the host it pushes to from the repository's html_url. */
const pushEvent = (repository: object) =>
  JSON.stringify({
    repository,
    head_commit: {
      id: 'e'.repeat(40),
      message: 'bench',
      timestamp: '2026-11-30T10:00:00Z',
      url: 'https://github.com/o/r/commit/eee',
      author: { name: 'A', username: 'a' },
      committer: { name: 'A', username: 'a' },
    },
  });
writeFileSync(
  join(work, 'event.json'),
  pushEvent({ full_name: 'o/r', html_url: 'https://github.com/o/r', default_branch: 'main' }),
);

/**
 * GAB's data with `runs` entries, formatted as GAB writes it (JSON.stringify with two spaces): seeded
 * compact, its first push would rewrite the whole file and be charged for that.
 */
function gabData(path: string, runs: number, benches: (shift: number) => unknown[], prefix = ''): void {
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
    prefix +
      JSON.stringify({ lastUpdate: Date.now(), repoUrl: 'https://github.com/o/r', entries: { 'causal gym': entries } }, null, 2),
  );
}

interface Sample {
  cpu: number;
  wall: number;
  rssMb: number;
  code: number | null;
  out: string;
}

/**
 * Runs `args` under GNU time, for peak RSS and wall time; CPU comes from bash's `times` (getrusage of
 * its children, to the millisecond), not from GNU time's %U %S, which round to 10 ms — as coarse as
 * the difference between the two tools on the small workloads. The CPU is the tool's whole process
 * tree (git and its helpers included), without the two wrappers.
 */
function timed(args: string[], env: Record<string, string>, cwd: string): Promise<Sample> {
  return new Promise((resolveSample) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M %e', 'bash', '-c', '"$@"; s=$?; times >&2; exit $s', 'bash', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (code) => {
      const lines = err.trim().split('\n');
      const [, , m, e] = (lines.at(-1) ?? '').split(' ').map(Number);
      // `times` prints the shell's own user and system time, then its children's: "0m0.183s 0m0.031s".
      const seconds = (t: string) => {
        const hit = /^(\d+)m([\d.]+)s$/.exec(t);
        return hit ? Number(hit[1]) * 60 + Number(hit[2]) : NaN;
      };
      // The children's line is the last of `times`; GNU time may put "Command exited with non-zero
      // status N" between it and its own line (a cold start fails at its first missing input).
      const children = [...lines].reverse().find((l) => /^\d+m[\d.]+s \d+m[\d.]+s$/.test(l)) ?? '';
      const [u, s] = children.split(' ').map(seconds);
      resolveSample({
        cpu: (u ?? NaN) + (s ?? NaN),
        wall: e ?? NaN,
        rssMb: (m ?? NaN) / 1024,
        code,
        out: out + lines.slice(0, -3).join('\n'),
      });
    });
  });
}

/** Bytes of the files under `dir` written at or after `since` (ms): what one run wrote. */
function writtenSince(dir: string, since: number): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += writtenSince(p, since);
    else {
      const st = statSync(p);
      if (st.mtimeMs >= since) total += st.size;
    }
  }
  return total;
}

// No background `gc --auto` after the big seed commit: it would still be writing when the tree is removed.
const gitIn = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'gc.auto=0', ...args], {
    cwd,
    stdio: 'pipe',
    maxBuffer: 1 << 26,
  });

/** A bare repository with a main branch and a gh-pages branch holding `pages` (copied in). */
function seedRepo(bare: string, pages: { from: string; to: string }[]): void {
  const tree = `${bare}.work`;
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  initBareRepo(bare);
  gitIn(tree, 'init', '-q', '-b', 'main');
  writeFileSync(join(tree, 'README.md'), 'bench\n');
  gitIn(tree, 'add', '.');
  gitIn(tree, 'commit', '-q', '-m', 'main');
  gitIn(tree, 'checkout', '-q', '--orphan', 'gh-pages');
  gitIn(tree, 'rm', '-q', '-rf', '.');
  for (const { from, to } of pages) cpSync(from, join(tree, to), { recursive: true });
  gitIn(tree, 'add', '.');
  gitIn(tree, 'commit', '-q', '-m', 'history');
  gitIn(tree, 'push', '-q', bare, 'main', 'gh-pages');
  rmSync(tree, { recursive: true, force: true, maxRetries: 5 });
}

const runner = (cwd: string): Record<string, string> => ({
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

const gabInputs = (results: string): Record<string, string> => ({
  INPUT_NAME: 'causal gym',
  INPUT_TOOL: 'customSmallerIsBetter',
  'INPUT_OUTPUT-FILE-PATH': results,
  'INPUT_SAVE-DATA-FILE': 'true',
  'INPUT_COMMENT-ON-ALERT': 'false',
  'INPUT_FAIL-ON-ALERT': 'false',
  'INPUT_ALERT-THRESHOLD': '200%',
  'INPUT_GH-PAGES-BRANCH': 'gh-pages',
  'INPUT_BENCHMARK-DATA-DIR-PATH': 'dev/bench',
  'INPUT_MAX-ITEMS-IN-CHART': '',
  'INPUT_SUMMARY-ALWAYS': 'false',
  'INPUT_COMMENT-ALWAYS': 'false',
  'INPUT_ALERT-COMMENT-CC-USERS': '',
  'INPUT_FAIL-THRESHOLD': '',
  INPUT_REF: '',
  'INPUT_GH-REPOSITORY': '',
});

interface Row {
  n: number;
  runs: number;
  where: string;
  tool: string;
  samples: Sample[];
  written: number[];
  pushed: number[];
  /** HTTP requests to the git server per run, and git processes in one extra (untimed) run. */
  requests: number[];
  gitProcesses?: number;
  note?: string;
}
const rows: Row[] = [];
/** An empty row; a GAB row gets `note` when GAB cannot run on that history. */
const row = (n: number, runs: number, where: string, tool: string, note?: string): Row => ({
  n,
  runs,
  where,
  tool,
  samples: [],
  written: [],
  pushed: [],
  requests: [],
  ...(note && !gabCanRun(runs, n) ? { note } : {}),
});
const mb = (xs: number[]) => (xs.length ? show(xs.map((x) => x / 2 ** 20)) : '—');
const complete = process.argv.length === 2;
const figures = recordFigures(
  'peer',
  `${NS.join(' and ')} benchmarks, ${REPS} repetitions, both actions under node ${NODE_VERSION}`,
);

console.log(
  `${NS.join(' and ')} benchmarks, ${REPS} repetitions each, node ${NODE_VERSION}, ${MODES.join(' and ')} history; median (min–max)\n`,
);
// Cold start: the entry point with no inputs (each fails at its first missing input), and bare node.
const coldStart = { ours: NaN, gab: NaN, bare: NaN };
{
  const cold = join(work, 'cold');
  mkdirSync(cold, { recursive: true });
  writeFileSync(join(cold, 'output'), '');
  writeFileSync(join(cold, 'summary.md'), '');
  const starts: Record<string, Sample[]> = { ours: [], gab: [], bare: [] };
  for (let rep = 0; rep < Math.max(10, REPS); rep++) {
    starts.ours!.push(await timed([NODE, resolve('dist', 'index.js')], runner(cold), cold));
    starts.gab!.push(await timed([NODE, GAB], runner(cold), cold));
    starts.bare!.push(await timed([NODE, '-e', '0'], runner(cold), cold));
  }
  const wall = (k: string) => starts[k]!.map((x) => x.wall * 1000);
  const ms = (k: string) =>
    `${show(wall(k), 0)} ms wall, ${show(
      starts[k]!.map((x) => x.cpu * 1000),
      0,
    )} ms CPU`;
  console.log('## P1. Cold start (no inputs), medians of 10 (min–max)\n');
  console.log(`- this action, dist/index.js: ${ms('ours')}`);
  console.log(`- GAB v1, dist/src/index.js: ${ms('gab')}`);
  console.log(`- bare node, node -e 0: ${ms('bare')}`);
  const m = (k: string) => stats(wall(k)).median;
  Object.assign(coldStart, { ours: m('ours'), gab: m('gab'), bare: m('bare') });
  console.log(`- ours ÷ GAB ${(m('ours') / m('gab')).toFixed(2)}×, ours ÷ bare node ${(m('ours') / m('bare')).toFixed(2)}×`);
}

const TOKEN = 'bench-token';
const server = MODES.includes('gh-pages') ? await startGitServer(join(work, 'git'), { token: TOKEN }) : undefined;
const pushedDuring = async (run: () => Promise<Sample>) => {
  const before = server?.requests.length ?? 0;
  const sample = await run();
  const asked = (server?.requests ?? []).slice(before);
  const pushed = asked
    .filter((r) => r.method === 'POST' && r.path.endsWith('/git-receive-pack'))
    .reduce((sum, r) => sum + r.bytesIn, 0);
  return { sample, pushed, requests: asked.length };
};

/**
 * git processes one run starts, counted in an extra run that is not timed: `git` on the PATH is a
 * shell script that notes each call, then runs the real git (both tools find git on the PATH).
 */
const shim = join(work, 'shim');
mkdirSync(shim, { recursive: true });
const realGit = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
writeFileSync(join(shim, 'git'), `#!/bin/sh\necho x >> "$CAUSAL_BENCH_GIT_LOG"\nexec ${realGit} "$@"\n`, { mode: 0o755 });
async function gitProcesses(run: (env: Record<string, string>) => Promise<unknown>): Promise<number> {
  const log = join(work, `git-calls-${Date.now()}.log`);
  writeFileSync(log, '');
  await run({ PATH: `${shim}:${process.env.PATH ?? ''}`, CAUSAL_BENCH_GIT_LOG: log });
  const { readFileSync } = await import('node:fs');
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
}

for (const n of NS) {
  const { benches, results } = suiteOf(n);
  for (const runs of RUNS) await workload(n, runs, benches, results);
}

async function workload(n: number, runs: number, benches: (shift: number) => unknown[], results: string): Promise<void> {
  const oursSeed = join(work, `ours-${n}-${runs}`);
  generateHistory(oursSeed, { benchmarks: n, runs, perMonth: 200 });
  const gabSeed = join(work, `gab-${n}-${runs}.json`);
  const gabCan = gabCanRun(runs, n);
  if (gabCan) gabData(gabSeed, runs, benches);
  const gabNote = `GAB not run: its single data file of ${runs} runs × ${n} benchmarks is past what it can write (V8's string limit, ~1,770 runs of 1,000)`;

  if (MODES.includes('local')) {
    const ours = row(n, runs, 'local', 'this action (history directory)');
    const gab = row(n, runs, 'local', 'GAB v1 (external JSON)', gabNote);
    const oursLocal = async (rep: number | string, extra: Record<string, string> = {}) => {
      const a = join(work, `run-ours-${n}-${runs}-${rep}`);
      cpSync(oursSeed, join(a, 'history'), { recursive: true });
      writeFileSync(join(a, 'output'), '');
      writeFileSync(join(a, 'summary.md'), '');
      // The seed's copies must be older than `start`: Date.now() is whole milliseconds, so a file copied
      // earlier in the same millisecond has a later mtime and was counted as written by the run.
      await new Promise((r) => setTimeout(r, 20));
      const start = Date.now();
      const s = await timed(
        [
          NODE,
          ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE)}`] : []),
          resolve('dist', 'cli.js'),
          'run',
          '--suite',
          'true',
          '--output',
          results,
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
        { ...runner(a), ...extra },
        a,
      );
      if (s.code !== 0 && s.code !== 1) throw new Error(`ours failed (${s.code}):\n${s.out.slice(-1500)}`);
      const written = writtenSince(join(a, 'history'), start);
      rmSync(a, { recursive: true, force: true });
      return { s, written };
    };
    const gabLocal = async (rep: number | string, extra: Record<string, string> = {}) => {
      const g = join(work, `run-gab-${n}-${runs}-${rep}`);
      mkdirSync(g, { recursive: true });
      cpSync(gabSeed, join(g, 'data.json'));
      writeFileSync(join(g, 'output'), '');
      writeFileSync(join(g, 'summary.md'), '');
      const t = await timed(
        [NODE, GAB],
        {
          ...runner(g),
          ...gabInputs(results),
          'INPUT_EXTERNAL-DATA-JSON-PATH': join(g, 'data.json'),
          'INPUT_AUTO-PUSH': 'false',
          'INPUT_SKIP-FETCH-GH-PAGES': 'true',
          'INPUT_GITHUB-TOKEN': '',
          ...extra,
        },
        g,
      );
      if (t.code !== 0) throw new Error(`GAB failed (${t.code}):\n${t.out.slice(-1500)}`);
      const written = statSync(join(g, 'data.json')).size;
      rmSync(g, { recursive: true, force: true });
      return { t, written };
    };
    // Paired: ours, then GAB, rep after rep (A B A B …); the ratio quoted is the median of the pairs'.
    for (let rep = 0; rep < REPS; rep++) {
      const { s, written } = await oursLocal(rep);
      ours.samples.push(s);
      ours.written.push(written);
      if (!gabCan) continue;
      const { t, written: w } = await gabLocal(rep);
      gab.samples.push(t);
      gab.written.push(w);
    }
    ours.gitProcesses = await gitProcesses((env) => oursLocal('count', env));
    if (gabCan) gab.gitProcesses = await gitProcesses((env) => gabLocal('count', env));
    rows.push(ours, gab);
    console.error([ours, gab].map(line).join('\n')); // as it goes: a long run keeps what it measured
  }

  if (server) {
    const git = join(work, 'git', 'o');
    mkdirSync(git, { recursive: true });
    const { siteDirectory } = await import('../src/history/site-files.js');
    const seedName = `ours-${n}-${runs}`;
    seedRepo(join(git, `${seedName}.seed.git`), [
      { from: oursSeed, to: 'perf' },
      { from: siteDirectory(), to: 'perf' },
    ]);
    const ours = row(n, runs, 'gh-pages', 'this action (push)');
    const gabLocalRow = row(n, runs, 'gh-pages', 'GAB v1 (auto-push: false)', gabNote);
    const gabPushRow = row(n, runs, 'gh-pages', 'GAB v1 (push)', gabNote);
    const gabName = `gab-${n}-${runs}`;
    if (gabCan) {
      const js = join(work, `${gabName}.pages`);
      mkdirSync(join(js, 'dev', 'bench'), { recursive: true });
      gabData(join(js, 'dev', 'bench', 'data.js'), runs, benches, 'window.BENCHMARK_DATA = ');
      seedRepo(join(git, `${gabName}.seed.git`), [{ from: js, to: '.' }]);
      rmSync(js, { recursive: true, force: true });
    }
    const oursPages = async (rep: number | string, extra: Record<string, string> = {}) => {
      const name = `${seedName}-${rep}`;
      cpSync(join(git, `${seedName}.seed.git`), join(git, `${name}.git`), { recursive: true });
      const a = join(work, `run-${name}`);
      mkdirSync(a, { recursive: true });
      writeFileSync(join(a, 'output'), '');
      writeFileSync(join(a, 'summary.md'), '');
      cpSync(results, join(a, 'results.json'));
      const out = await pushedDuring(() =>
        timed(
          [NODE, ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE)}`] : []), resolve('dist', 'index.js')],
          {
            ...runner(a),
            GITHUB_SERVER_URL: server.url,
            GITHUB_REPOSITORY: `o/${name}`,
            INPUT_NAME: 'causal gym',
            INPUT_TOOL: 'customSmallerIsBetter',
            'INPUT_OUTPUT-FILE-PATH': 'results.json',
            'INPUT_GITHUB-TOKEN': TOKEN,
            INPUT_STORAGE: 'gh-pages',
            INPUT_COMMENT: 'never',
            INPUT_SUMMARY: 'false',
            ...extra,
          },
          a,
        ),
      );
      if (out.sample.code !== 0 && out.sample.code !== 1)
        throw new Error(`ours failed (${out.sample.code}):\n${out.sample.out.slice(-1500)}`);
      if (out.pushed === 0) throw new Error(`ours pushed nothing:\n${out.sample.out.slice(-1500)}`);
      rmSync(a, { recursive: true, force: true });
      rmSync(join(git, `${name}.git`), { recursive: true, force: true });
      return out;
    };
    const gabPages = async (rep: number | string, push: boolean, extra: Record<string, string> = {}) => {
      const gname = `${gabName}-${rep}-${push ? 'push' : 'local'}`;
      cpSync(join(git, `${gabName}.seed.git`), join(git, `${gname}.git`), { recursive: true });
      const g = join(work, `run-${gname}`);
      // As actions/checkout leaves the workspace: the pushed commit alone, depth 1, one branch. Async:
      // the git server answers from this process.
      await promisify(execFile)('git', [
        'clone',
        '-q',
        '--depth',
        '1',
        '--single-branch',
        '--branch',
        'main',
        `http://x-access-token:${TOKEN}@${server.url.slice(7)}/o/${gname}.git`,
        g,
      ]);
      writeFileSync(join(g, 'output'), '');
      writeFileSync(join(g, 'summary.md'), '');
      cpSync(results, join(g, 'results.json'));
      // GAB builds https://x-access-token:<token>@<host>/<repo>.git from the payload's host, without a port.
      const gitconfig = join(g, 'gitconfig');
      writeFileSync(
        gitconfig,
        `[url "http://x-access-token:${TOKEN}@${server.url.slice(7)}/"]\n\tinsteadOf = https://x-access-token:${TOKEN}@127.0.0.1/\n[user]\n\tname = bench\n\temail = bench@example.com\n`,
      );
      const out = await pushedDuring(() =>
        timed(
          [NODE, GAB],
          {
            ...runner(g),
            GITHUB_SERVER_URL: server.url,
            GITHUB_REPOSITORY: `o/${gname}`,
            GIT_CONFIG_GLOBAL: gitconfig,
            GITHUB_EVENT_PATH: gabEvent(g, gname),
            ...gabInputs('results.json'),
            'INPUT_EXTERNAL-DATA-JSON-PATH': '',
            'INPUT_AUTO-PUSH': String(push),
            'INPUT_SKIP-FETCH-GH-PAGES': 'false',
            'INPUT_GITHUB-TOKEN': TOKEN,
            ...extra,
          },
          g,
        ),
      );
      if (out.sample.code !== 0) throw new Error(`GAB failed (${out.sample.code}):\n${out.sample.out.slice(-1500)}`);
      if (push && out.pushed === 0) throw new Error(`GAB pushed nothing:\n${out.sample.out.slice(-1500)}`);
      rmSync(g, { recursive: true, force: true });
      rmSync(join(git, `${gname}.git`), { recursive: true, force: true });
      return out;
    };
    // Paired: ours, GAB without push, GAB with push, rep after rep.
    for (let rep = 0; rep < REPS; rep++) {
      const o = await oursPages(rep);
      ours.samples.push(o.sample);
      ours.pushed.push(o.pushed);
      ours.requests.push(o.requests);
      if (!gabCan) continue;
      for (const [r, push] of [
        [gabLocalRow, false],
        [gabPushRow, true],
      ] as const) {
        const g = await gabPages(rep, push);
        r.samples.push(g.sample);
        r.requests.push(g.requests);
        if (push) r.pushed.push(g.pushed);
      }
    }
    ours.gitProcesses = await gitProcesses((env) => oursPages('count', env));
    if (gabCan) {
      gabLocalRow.gitProcesses = await gitProcesses((env) => gabPages('count', false, env));
      gabPushRow.gitProcesses = await gitProcesses((env) => gabPages('count', true, env));
    }
    rows.push(ours, gabLocalRow, gabPushRow);
    console.error([ours, gabLocalRow, gabPushRow].map(line).join('\n'));
  }
  rmSync(oursSeed, { recursive: true, force: true });
}
await server?.close();

// The trend page on the largest history, in today's layout and in the one before chunks.
const biggest = Math.max(...RUNS);
const page: Record<string, PageFigures> = {};
for (const layout of ['chunks', 'months'] as const) {
  const root = join(work, `site-${layout}-${biggest}`);
  generateHistory(root, { benchmarks: N, runs: biggest, perMonth: 200, layout, runFiles: false });
  page[layout] = await measureTrendPage(root, biggest, 5, false);
  rmSync(root, { recursive: true, force: true });
}

/** The push payload GAB reads, naming the local repository. */
function gabEvent(dir: string, repo: string): string {
  const path = join(dir, 'event.json');
  writeFileSync(
    path,
    pushEvent({ full_name: `o/${repo}`, html_url: `http://127.0.0.1/o/${repo}`, default_branch: 'main', private: false }),
  );
  return path;
}

const header = [
  '| benchmarks | history | where | tool | CPU s | wall s | peak RSS MB | written MB | pushed KB | git processes | HTTP requests | CPU ÷ GAB (median of paired runs) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
console.log(['', '## P2. One run added to a history of R runs', '', ...header, ...rows.map(line)].join('\n'));
console.log(['', '## P3. The goals of issues #16 and #32', '', ...goals()].join('\n'));
figures.finish(complete);

/** The median of the pairs' CPU ratios (ours ÷ GAB, run i with run i), as issue #32 asks. */
function pairedRatio(ours: Row | undefined, gab: Row | undefined): number {
  if (!ours || !gab) return NaN;
  const k = Math.min(ours.samples.length, gab.samples.length);
  if (k === 0) return NaN;
  return stats(Array.from({ length: k }, (_, i) => ours.samples[i]!.cpu / gab.samples[i]!.cpu)).median;
}
function find(n: number, runs: number, where: string, tool: string): Row | undefined {
  return rows.find((r) => r.n === n && r.runs === runs && r.where === where && r.tool.startsWith(tool) && r.samples.length);
}

/** Each goal with what was measured, and whether it is met. */
function goals(): string[] {
  const med = (xs: number[]) => stats(xs).median;
  const cpuOf = (n: number, runs: number, where: string, tool: string) =>
    med(find(n, runs, where, tool)?.samples.map((x) => x.cpu) ?? [NaN]);
  const small = Math.min(...RUNS);
  const big = Math.max(...NS);
  const few = Math.min(...NS);
  const ours = cpuOf(few, small, 'local', 'this action');
  const gab = cpuOf(few, small, 'local', 'GAB');
  const written = Math.max(...rows.flatMap((r) => (r.tool.startsWith('this') ? r.written : [])));
  const pushed = Math.max(...rows.flatMap((r) => (r.tool.startsWith('this') ? r.pushed : [])));
  const procs = Math.max(
    ...rows.flatMap((r) => (r.tool.startsWith('this') && r.where === 'gh-pages' ? [r.gitProcesses ?? NaN] : [])),
  );
  const c = page.chunks as PageFigures;
  const old = page.months as PageFigures;
  const first = med(c.firstChart);
  const visible = med(c.firstVisible);
  const control = med(c.control);
  const yes = (ok: boolean) => (ok ? 'met' : 'not met');
  const small20 = pairedRatio(find(few, small, 'gh-pages', 'this action'), find(few, small, 'gh-pages', 'GAB v1 (push)'));
  const bigVsJson = pairedRatio(find(big, small, 'gh-pages', 'this action'), find(big, small, 'local', 'GAB'));
  const mid = RUNS.find((r) => r >= 1000) ?? Math.max(...RUNS);
  const bigBig = pairedRatio(find(big, mid, 'gh-pages', 'this action'), find(big, mid, 'gh-pages', 'GAB v1 (push)'));
  const growth = cpuOf(big, Math.max(...RUNS), 'gh-pages', 'this action') / cpuOf(big, mid, 'gh-pages', 'this action');
  return [
    '| figure | measured | goal | |',
    '| --- | --- | --- | --- |',
    `| cold start, no inputs | ${coldStart.ours.toFixed(0)} ms: ${(coldStart.ours / coldStart.gab).toFixed(2)}× GAB, ${(coldStart.ours / coldStart.bare).toFixed(2)}× bare node | ≤ 1.0× GAB, ≤ 2× bare node | ${yes(coldStart.ours <= coldStart.gab)} (GAB), ${yes(coldStart.ours <= 2 * coldStart.bare)} (bare) |`,
    `| ${few} × ${small}, gh-pages with push (paired) | ${small20.toFixed(3)}× GAB's CPU | ≤ 1.0× | ${yes(small20 <= 1)} |`,
    // The goals of the large workloads hold for them only: a partial run (fewer benchmarks or runs) says so.
    big >= 1000 && Number.isFinite(bigVsJson)
      ? `| ${big} × ${small}, ours on gh-pages vs GAB's JSON file (paired) | ${bigVsJson.toFixed(3)}× | ≤ 1.5× | ${yes(bigVsJson <= 1.5)} |`
      : `| 1000 × 100, ours on gh-pages vs GAB's JSON file (paired) | not measured in this run | ≤ 1.5× | |`,
    big >= 1000 && mid >= 1000 && Number.isFinite(bigBig)
      ? `| ${big} × ${mid}, gh-pages with push (paired) | ${bigBig.toFixed(3)}× | ≤ 0.2× | ${yes(bigBig <= 0.2)} |`
      : `| 1000 × 1000, gh-pages with push (paired) | not measured in this run | ≤ 0.2× | |`,
    Math.max(...RUNS) > mid && Number.isFinite(growth)
      ? `| growth, ${big} benchmarks, ${mid} → ${Math.max(...RUNS)} runs on gh-pages | ${growth.toFixed(2)}× the CPU | flat (≤ 1.15×) | ${yes(growth <= 1.15)} |`
      : `| growth, 1000 benchmarks, 1000 → 5000 runs on gh-pages | not measured in this run | flat (≤ 1.15×) | |`,
    `| git processes per run, the most over the gh-pages workloads | ${procs} | ≤ 12 | ${yes(procs <= 12)} |`,
    Number.isFinite(ours / gab)
      ? `| one run, ${few} × ${small}, local history | ${ours.toFixed(2)} s CPU vs GAB ${gab.toFixed(2)} s: ${(ours / gab).toFixed(2)}× | ≤ 1.0× GAB | ${yes(ours <= gab)} |`
      : `| one run, ${few} × ${small}, local history | not measured in this run | ≤ 1.0× GAB | |`,
    `| bytes per append, the most over all workloads | ${Number.isFinite(written) ? `${(written / 2 ** 20).toFixed(2)} MB` : 'nothing measured (no local runs)'} written, ${Number.isFinite(pushed) ? `${(pushed / 2 ** 20).toFixed(2)} MB` : 'nothing (no gh-pages runs)'} pushed | ≤ 2 MB written, ≤ 0.5 MB pushed | ${Number.isFinite(written) ? yes(written <= 2 * 2 ** 20 && pushed <= 0.5 * 2 ** 20) : ''} |`,
    `| first chart, ${N} benchmarks × ${biggest} runs (5 fresh loads) | ${visible} ms (its newest runs; the whole series ${first} ms); a static one-chart page ${control} ms: ${(visible / control).toFixed(2)}× | ≤ 300 ms on a quiet machine | ${yes(visible <= 300)} |`,
    `| requests and bytes for the first screen | ${med(c.requests)} requests, ${(med(c.bytes) / 2 ** 20).toFixed(2)} MiB; the layout before chunks: ${med(old.requests)} requests, ${(med(old.bytes) / 2 ** 20).toFixed(2)} MiB (first chart ${med(old.firstChart)} ms) | no more requests than before | ${yes(med(c.requests) <= med(old.requests))} |`,
  ];
}

/** A row of the table; ours is compared with the GAB rows of the same suite, history and place, run by run. */
function line(row: Row): string {
  const head = `| ${row.n} | ${row.runs} runs | ${row.where} | ${row.tool}`;
  if (row.note && row.samples.length === 0) return `${head} | ${row.note} | | | | | | | |`;
  const cpu = row.samples.map((s) => s.cpu);
  const peers = rows.filter(
    (r) => r.n === row.n && r.runs === row.runs && r.where === row.where && r.tool.startsWith('GAB') && r.samples.length,
  );
  const ratios = row.tool.startsWith('GAB')
    ? ''
    : peers.map((p) => `${pairedRatio(row, p).toFixed(2)}× ${p.tool.replace('GAB v1 ', '')}`).join(', ');
  const kb = (xs: number[]) =>
    xs.length
      ? show(
          xs.map((x) => x / 1024),
          0,
        )
      : '—';
  return `${head} | ${show(cpu)} | ${show(row.samples.map((s) => s.wall))} | ${show(
    row.samples.map((s) => s.rssMb),
    0,
  )} | ${mb(row.written)} | ${kb(row.pushed)} | ${row.gitProcesses ?? '—'} | ${row.requests.length ? show(row.requests, 0) : '—'} | ${ratios} |`;
}
