/**
 * `measure: instructions`: besides the timed run, each benchmark's work counted in instructions under
 * Valgrind (cachegrind without its cache simulation). Counts do not care what else the machine runs:
 * on this 2-core machine, beside two CPU hogs that swung wall time 3×, they repeated within 0.003 %.
 *
 * Isolation: each benchmark runs alone at two iteration counts (LOW and HIGH) and its figure is the
 * difference over the extra iterations, so interpreter start-up, imports, collection and the
 * harness's fixed costs cancel out; what is left is the benchmark's own work per call.
 *
 * Harnesses:
 *  - `pytest`: pytest-benchmark suites, unchanged. pytest runs one test by its node id with the
 *    benchmark plugin switched off and a `benchmark` fixture of ours (PLUGIN) that calls the function
 *    exactly N times (`benchmark(fn, …)` and `benchmark.pedantic(…)`);
 *  - `env`: any suite that runs only the benchmarks named in CAUSAL_PERF_BENCHMARKS (as re-measuring
 *    already asks) and, with CAUSAL_PERF_ITERATIONS=N, runs each one's body exactly N times and nothing
 *    else (the example suite does; Go `-benchtime=Nx`, cargo and Google Benchmark recipes in the README).
 *
 * Determinism: the same small environment for every run (layout and counts move with its size),
 * PYTHONHASHSEED=0, and for a command that starts with `node` V8's predictable mode, fixed seeds and
 * one thread (NODE_FLAGS; V8 will not take them from NODE_OPTIONS).
 */
import { cpus, tmpdir } from 'node:os';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { execute, executeShell } from '../io/command.js';
import type { Logger } from '../io/log.js';
import type { ResultSet } from '../model.js';
import { VERSION } from '../version.js';
import { BENCHMARKS_ENV } from './remeasure.js';

/** The iterations a benchmark's body runs with (the suite's side of the `env` harness). */
export const ITERATIONS_ENV = 'CAUSAL_PERF_ITERATIONS';
/** The metric the counts become (smaller is better; its default rule is in config.ts). */
export const INSTRUCTIONS = 'instructions';
/**
 * Iteration counts of the two runs, by harness. A JIT (V8, the JVM) compiles a hot function some way
 * into its first calls, and that work lands in whichever run passes the point: a thousand calls first
 * leave it behind (measured on the example suite: with 100 → 200 calls a +2 % change read +0.6 %, the
 * tier-up's compile inside the difference, and one benchmark's figure moved by 0.12 % between runs).
 * CPython compiles nothing: 50 → 100 calls, since a pytest benchmark's call can be 10⁷ instructions;
 * where 50 calls are small beside the process, the pytest harness counts a third run (PYTEST_SHARE).
 */
export const ITERATIONS: Record<Harness, [low: number, high: number]> = { env: [1000, 2000], pytest: [50, 100] };

/**
 * A pytest process runs some 5 × 10⁹ instructions before the first call (start-up, imports,
 * collection), and CPython's own housekeeping now and then costs a few hundred thousand more or less
 * (measured: one run in thirty beside CPU hogs counted 304,834 fewer). Over 50 extra calls of a
 * 115,000-instruction test (5.7 × 10⁶) that moved the figure 5 %; two CI runs read a +2 % change as
 * +13 % and moved a control 1.06 %. So where the 50 extra calls are less than this share of the low
 * run's count, a third run makes that many calls (rounded up to 1, 2 or 5 × 10ᵏ, so jobs whose first
 * figures differ a little still make the same number: the figure is an average over the calls, and
 * calls are not all alike), at most PYTEST_MAX_CALLS; the same wobble then moves it some 0.06 %.
 */
export const PYTEST_SHARE = 0.1;
export const PYTEST_MAX_CALLS = 100_000;

/** The smallest 1, 2 or 5 × 10ᵏ at least n. */
export function roundCalls(n: number): number {
  const k = 10 ** Math.floor(Math.log10(Math.max(1, n)));
  return [1, 2, 5, 10].map((m) => m * k).find((v) => v >= n)!;
}
/** V8's determinism flags (measured: counts within 0.001 % over runs with them, 1.6 % without). */
export const NODE_FLAGS = ['--predictable', '--random-seed=1', '--hash-seed=1', '--single-threaded'];

export type Harness = 'pytest' | 'env';

export interface InstructionsPlan {
  /** Default: pytest where the result files are pytest-benchmark's, env otherwise. */
  harness?: Harness;
  /** `env`: the command to count (default: the suite's). `pytest`: the Python that has pytest (default `python3`). */
  command?: string;
  /** Install Valgrind with apt-get where it is missing on Linux (the action on a hosted runner). */
  install?: boolean;
  cwd: string;
  /** Parallel Valgrind runs (default: one per core; counts do not care about contention). */
  parallel?: number;
  /** The input or flag that asked for it, for error messages. */
  flag: string;
  /** The job's environment, from which PATH, HOME and the like are taken (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The two iteration counts (default ITERATIONS of the harness). */
  iterations?: [number, number];
}

export interface InstructionsOutcome {
  /** Benchmark name → instructions per call. */
  counts: Map<string, number>;
  seconds: number;
  valgrindRuns: number;
  /** Benchmark name → calls of the run its figure was taken to (the high run, or a third: PYTEST_SHARE). */
  calls: Map<string, number>;
  parallel: number;
}

/** The total of every "I refs" line Valgrind printed (one per process it followed). */
export function instructionRefs(stderr: string): number | undefined {
  let total = 0;
  let seen = false;
  for (const m of stderr.matchAll(/I\s+refs:\s+([\d,]+)/g)) {
    total += Number(m[1]!.replace(/,/g, ''));
    seen = true;
  }
  return seen ? total : undefined;
}

/**
 * Functions whose instructions are a wait, not work: under Valgrind the threads of a process take
 * turns, so a loop that spins until another thread moves counts how long that thread took to be
 * scheduled — the machine's load. libuv's uv__async_spin (inlined into uv__async_close) spins while
 * a handle is closed at exit: measured on the example suite beside two CPU hogs, 10 to 335,278
 * instructions from run to run, the largest part of a count's spread (see __tests__/fixtures/cachegrind).
 */
const SPIN_WAITS = /^fn=(?:uv__async_spin|uv__async_close)(?:$|[.\s])/;

/** The instructions a cachegrind output file (`--cachegrind-out-file`) counts in SPIN_WAITS. */
export function spinRefs(cachegrindOut: string): number {
  let total = 0;
  let inSpin = false;
  for (const line of cachegrindOut.split('\n')) {
    if (line.startsWith('fn=')) inSpin = SPIN_WAITS.test(line);
    else if (inSpin && line.charCodeAt(0) >= 48 && line.charCodeAt(0) <= 57) total += Number(line.split(' ')[1]) || 0;
  }
  return total;
}

/** A command that starts with `node` gets V8's determinism flags right after it. */
export function withNodeFlags(command: string): string {
  return command.replace(/^(\s*(?:\S*\/)?node(?:\.exe)?)(?=\s)/, `$1 ${NODE_FLAGS.join(' ')}`);
}

/** Variables that change from job to job (ids, refs, paths of the runner's own) and say nothing to a benchmark. */
const VOLATILE =
  /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|JOB_|CAUSAL_PERF_|npm_|OLDPWD$|PWD$|SHLVL$|_$|TERM_SESSION|SSH_|XDG_SESSION|INVOCATION_ID$|JOURNAL_STREAM$)/;
/** The environment's size is padded to a multiple of this (the stack's layout, and so the counts, move with it). */
const ENV_BLOCK = 4096;

/**
 * The environment of every counted run: the job's, without what changes from job to job, with the
 * determinism settings, the benchmark's name and iterations, and padded to a whole number of blocks so
 * two jobs whose variables differ a little still give their programs the same layout.
 */
export function countingEnv(from: NodeJS.ProcessEnv, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(from)) if (v !== undefined && !VOLATILE.test(k)) env[k] = v;
  Object.assign(env, { LANG: 'C', LC_ALL: 'C', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' }, extra);
  const size = Object.entries(env).reduce((n, [k, v]) => n + k.length + (v?.length ?? 0) + 2, 0);
  const pad = 'CAUSAL_PERF_PAD'.length + 2;
  env.CAUSAL_PERF_PAD = 'x'.repeat(Math.ceil((size + pad + 1) / ENV_BLOCK) * ENV_BLOCK - size - pad);
  return env;
}

/**
 * The pytest plugin of the `pytest` harness: a `benchmark` fixture that calls the function
 * CAUSAL_PERF_ITERATIONS times (pytest-benchmark itself is switched off with `-p no:benchmark`).
 */
export const PLUGIN = `"""causal-perf (measure: instructions): a benchmark fixture that calls the function exactly N times.

The cyclic garbage collector runs after every call instead of when its allocation counters say, over
what the calls allocated only (everything alive before them is frozen out of it, gc.freeze): left to
its counters, a full collection over pytest's own objects costs as much as many calls, and a change of
2 % more allocations moves one into or out of the counted calls (seen: +11 % counted for a +2 %
change; with the collector off, cyclic garbage piled up and the same change read −3.5 %)."""
import gc
import os

import pytest

_N = int(os.environ.get("${ITERATIONS_ENV}", "1"))


def _calls(call):
    result = None
    gc.collect()
    gc.freeze()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(_N):
            result = call()
            gc.collect()
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
    return result


class _Counted:
    def __init__(self):
        self.extra_info = {}
        self.group = None
        self.name = None

    def __call__(self, function, *args, **kwargs):
        return _calls(lambda: function(*args, **kwargs))

    def pedantic(self, target, args=(), kwargs=None, setup=None, rounds=1, warmup_rounds=0, iterations=1):
        def call():
            a, k = args, dict(kwargs or {})
            if setup is not None:
                prepared = setup()
                if prepared is not None:
                    a, k = prepared
            return target(*a, **k)

        return _calls(call)


def pytest_configure(config):
    config.addinivalue_line("markers", "benchmark: pytest-benchmark's marker (ignored while counting)")


@pytest.fixture
def benchmark():
    return _Counted()
`;

const PYTEST_FLAGS = ['-p', 'no:benchmark', '-p', 'no:cacheprovider', '-p', 'causal_perf_count', '-o', 'addopts=', '-q'];

/** pytest's node ids, by the name pytest-benchmark gives each test (its last `::` part). */
async function pytestIds(pytest: string, plan: InstructionsPlan, env: NodeJS.ProcessEnv): Promise<Map<string, string>> {
  const r = await executeShell(`${pytest} --collect-only ${PYTEST_FLAGS.join(' ')}`, { cwd: plan.cwd, env });
  if (r.code !== 0)
    throw new InputError(
      `${plan.flag}: could not list the tests to count (pytest --collect-only exited with ${r.code}): ${r.stdout.toString('utf8').slice(-500)}${r.stderr.slice(-500)}`,
    );
  const ids = new Map<string, string>();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    const id = line.trim();
    if (!id.includes('::')) continue;
    ids.set(id.slice(id.lastIndexOf('::') + 2), id);
  }
  return ids;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Valgrind, installed with apt-get where it is missing and `install` (a hosted Linux runner), or a message that says why not. */
export async function checkValgrind(flag: string, install = false, log?: Logger): Promise<void> {
  const present = async () => (await execute('valgrind', ['--version']).catch(() => undefined))?.code === 0;
  if (await present()) return;
  if (install && process.platform === 'linux') {
    log?.info('Valgrind is missing: installing it (apt-get install valgrind).');
    const sudo = process.getuid?.() === 0 ? '' : 'sudo -n ';
    const r = await executeShell(
      `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends valgrind`,
    );
    if (r.code === 0 && (await present())) return;
    throw new InputError(
      `${flag}: Valgrind is not installed and apt-get could not install it (exit ${r.code}): ${r.stderr.slice(-400)}`,
    );
  }
  throw new InputError(
    process.platform === 'linux'
      ? `${flag}: instruction counts need Valgrind, which is not installed (Debian/Ubuntu: sudo apt-get install -y valgrind)`
      : `${flag}: instruction counts need Valgrind, which runs on Linux runners only (this one is ${process.platform}); use measure: time here`,
  );
}

/** Counts the instructions per call of each named benchmark; throws an InputError naming the first that failed. */
export async function countInstructions(
  plan: InstructionsPlan,
  names: readonly string[],
  log: Logger,
): Promise<InstructionsOutcome> {
  await checkValgrind(plan.flag, plan.install, log);
  const start = process.hrtime.bigint();
  const base = plan.env ?? process.env;
  let commandFor: (name: string) => string;
  let env = base;
  if (plan.harness === 'pytest') {
    // One fixed folder, not a fresh temporary one: its path is in the environment, and jobs whose
    // environments differ in content (not only in size) can count differently.
    const pluginDir = join(tmpdir(), `causal-perf-count-${VERSION}`);
    await mkdir(pluginDir, { recursive: true });
    await writeFile(join(pluginDir, 'causal_perf_count.py'), PLUGIN);
    const pythonPath = [pluginDir, base.PYTHONPATH].filter(Boolean).join(':');
    // The interpreter itself, not a launcher: a version manager's shim (pyenv's is a bash script that
    // reads its state each time) adds millions of instructions that differ from run to run.
    const exe = await executeShell(`${plan.command ?? 'python3'} -c 'import sys; print(sys.executable)'`, {
      cwd: plan.cwd,
      env: base,
    });
    const python = exe.stdout.toString('utf8').trim();
    if (exe.code !== 0 || !python)
      throw new InputError(
        `${plan.flag}: could not start Python as "${plan.command ?? 'python3'}" (exit ${exe.code}): ${exe.stderr.slice(-300)}`,
      );
    const pytest = `${shellQuote(python)} -m pytest`;
    const ids = await pytestIds(pytest, plan, countingEnv({ ...base, PYTHONPATH: pythonPath }, {}));
    const missing = names.filter((n) => !ids.has(n));
    if (missing.length > 0)
      throw new InputError(
        `${plan.flag}: pytest collected no test named ${missing.map((n) => `"${n}"`).join(', ')} (collected: ${[...ids.keys()].slice(0, 10).join(', ') || 'none'})`,
      );
    commandFor = (name) => `${pytest} ${shellQuote(ids.get(name)!)} ${PYTEST_FLAGS.join(' ')}`;
    env = { ...base, PYTHONPATH: pythonPath };
  } else {
    if (!plan.command)
      throw new InputError(`${plan.flag}: expected a command to count (the suite's run command, or instructions-command)`);
    const command = withNodeFlags(plan.command);
    commandFor = () => command;
  }
  const one = async (name: string, iterations: number): Promise<number> => {
    const command = commandFor(name);
    // Per-function counts (one file per process) for what SPIN_WAITS takes out of the total.
    const out = await mkdtemp(join(tmpdir(), 'causal-perf-cg-'));
    try {
      const r = await execute(
        'valgrind',
        [
          '--tool=cachegrind',
          '--cache-sim=no',
          `--cachegrind-out-file=${join(out, 'cg.%p')}`,
          '--trace-children=yes',
          'bash',
          '-e',
          '-o',
          'pipefail',
          '-c',
          command,
        ],
        { cwd: plan.cwd, env: countingEnv(env, { [BENCHMARKS_ENV]: name, [ITERATIONS_ENV]: String(iterations) }), stdin: 'null' },
      );
      const refs = instructionRefs(r.stderr);
      if (r.code !== 0 || refs === undefined)
        throw new InputError(
          `${plan.flag}: counting "${name}" (${iterations} iterations) failed: ${command} exited with ${r.code}${refs === undefined ? ' and Valgrind printed no instruction count' : ''}: ${r.stderr
            .split('\n')
            .filter((l) => !l.startsWith('=='))
            .join('\n')
            .slice(-600)}`,
        );
      let spin = 0;
      for (const f of await readdir(out)) spin += spinRefs(await readFile(join(out, f), 'utf8'));
      return refs - spin;
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  };
  const parallel = Math.max(1, plan.parallel ?? cpus().length);
  const [low, high] = plan.iterations ?? ITERATIONS[plan.harness ?? 'env'];
  const refs = new Map<string, number>();
  const key = (name: string, iterations: number) => `${name}\u0000${iterations}`;
  let runs = 0;
  const runAll = async (tasks: { name: string; iterations: number }[]) => {
    let next = 0;
    const worker = async () => {
      while (next < tasks.length) {
        const t = tasks[next++]!;
        refs.set(key(t.name, t.iterations), await one(t.name, t.iterations));
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
    runs += tasks.length;
  };
  await runAll(names.flatMap((name) => [low, high].map((iterations) => ({ name, iterations }))));
  // Each benchmark's last run: the high one, or for the pytest harness a third where the extra calls
  // are small beside the process (PYTEST_SHARE).
  const last = new Map(names.map((name) => [name, high]));
  if (plan.harness === 'pytest' && !plan.iterations) {
    for (const name of names) {
      const lowRefs = refs.get(key(name, low))!;
      const per = (refs.get(key(name, high))! - lowRefs) / (high - low);
      if (!(per > 0)) continue;
      const want = low + (PYTEST_SHARE * lowRefs) / per;
      if (want > high) last.set(name, Math.min(PYTEST_MAX_CALLS, roundCalls(want)));
    }
    await runAll(names.filter((name) => last.get(name)! > high).map((name) => ({ name, iterations: last.get(name)! })));
  }
  const counts = new Map<string, number>();
  for (const name of names) {
    const n = last.get(name)!;
    const per = (refs.get(key(name, n))! - refs.get(key(name, low))!) / (n - low);
    if (!(per > 0))
      throw new InputError(
        `${plan.flag}: "${name}" ran no more instructions at ${high} iterations than at ${low}: does the suite run each body ${ITERATIONS_ENV} times (and only the benchmarks in ${BENCHMARKS_ENV})?`,
      );
    counts.set(name, per);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  log.info(
    `Counted the instructions of ${names.length} benchmark${names.length === 1 ? '' : 's'} under Valgrind in ${seconds.toFixed(1)} s (${runs} runs, ${Math.min(parallel, 2 * names.length)} at a time).`,
  );
  return { counts, seconds, valgrindRuns: runs, parallel: Math.min(parallel, 2 * names.length), calls: last };
}

/**
 * Counts the instructions of every benchmark the head run timed and adds them to it as the
 * `instructions` metric; returns the report's note (undefined when nothing was timed). The harness
 * is pytest where the results are pytest-benchmark's, env otherwise; env counts the suite's command.
 */
export async function countHead(
  head: ResultSet,
  plan: InstructionsPlan,
  suite: { command?: string; seconds?: number },
  log: Logger,
): Promise<string | undefined> {
  const names = countedNames(head);
  if (names.length === 0) return undefined;
  const harness = plan.harness ?? (head.run?.tool === 'pytest' ? 'pytest' : 'env');
  const full = { ...plan, harness, command: plan.command ?? (harness === 'pytest' ? 'python3' : suite.command) };
  const counted = await countInstructions(full, names, log);
  addInstructions(head, counted.counts);
  const [low, high] = full.iterations ?? ITERATIONS[harness];
  const wall = suite.seconds !== undefined ? `; the timed run took ${suite.seconds.toFixed(0)} s` : '';
  const third = [...counted.calls.values()].filter((n) => n > high);
  const more =
    third.length > 0
      ? `, and for ${third.length} of them a third of up to ${Math.max(...third).toLocaleString('en-US')} calls, where ${high - low} were small beside the process's own count`
      : '';
  return `Instructions counted under Valgrind for ${names.length} benchmark${names.length === 1 ? '' : 's'} (the \`${INSTRUCTIONS}\` rows): per call, from runs of ${low} and ${high} calls each${more} (${harness} harness), in ${counted.seconds.toFixed(0)} s on ${counted.parallel} core${counted.parallel === 1 ? '' : 's'}${wall}. Counts are work, not time: they repeat to a few hundredths of a percent on a busy machine, and miss what counts cannot see (cache misses, I/O, waiting, other cores).`;
}

/** The counts as each benchmark's `instructions` metric (per call; smaller is better). */
export function addInstructions(head: ResultSet, counts: ReadonlyMap<string, number>): void {
  for (const b of head.benchmarks) {
    const n = counts.get(b.name);
    if (n !== undefined) b.metrics[INSTRUCTIONS] = { value: Math.round(n), unit: 'instructions', direction: 'smaller' };
  }
}

/** The benchmarks a run timed: the ones whose instructions are counted. */
export function countedNames(head: ResultSet): string[] {
  return head.benchmarks.filter((b) => b.metrics.time !== undefined).map((b) => b.name);
}
