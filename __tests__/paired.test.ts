/** The paired decision of same-job A/B, on rounds built so that the right answer is known. */
import { describe, expect, it } from '@jest/globals';
import { decidePaired, type Round } from '../src/analysis/paired.js';
import { DEFAULT_RULES } from '../src/config.js';
import { parseRules } from '../src/rules-yaml.js';
import type { ResultSet } from '../src/model.js';
import { poolRuns } from '../src/pipeline/ab.js';

/** One side of a round: benchmark → time (s), memory and accuracy as given. */
function side(times: Record<string, number>, extra: { memory?: number; accuracy?: number } = {}): ResultSet {
  return {
    benchmarks: [
      ...Object.entries(times).map(([name, t]) => ({
        name,
        metrics: { time: { value: t, unit: 's', direction: 'smaller' as const } },
      })),
      {
        name: 'agent',
        metrics: {
          memory_peak: { value: extra.memory ?? 1000, unit: 'bytes', direction: 'smaller' as const },
          accuracy: { value: extra.accuracy ?? 0.97, unit: 'ratio', direction: 'bigger' as const },
        },
      },
    ],
  };
}

/** Rounds whose runner speed swings by ±30 % from round to round (shared by both sides of a round). */
function rounds(
  n: number,
  headFactor: Record<string, number>,
  jitter: number[],
  extra: { memory?: number; accuracy?: number } = {},
): Round[] {
  return Array.from({ length: n }, (_, i) => {
    const runner = 1 + 0.3 * Math.sin(i * 2.1);
    const j = jitter[i % jitter.length] as number;
    const base = { a: 1e-3 * runner, b: 2e-3 * runner, c: 4e-3 * runner };
    const head = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v * (headFactor[k] ?? 1) * (1 + j)]));
    return { base: side(base), head: side(head, extra) };
  });
}
const decide = (rs: Round[], rules = DEFAULT_RULES) => decidePaired(rs, rules, poolRuns(rs.map((r) => r.head)));
const rowOf = (d: ReturnType<typeof decide>, benchmark: string, metric = 'time') =>
  d.results.find((r) => r.benchmark === benchmark && r.metric === metric)!;

describe('decidePaired', () => {
  it('a +25 % change is a regression, the others are settled unchanged, although the runner swings ±30 %', () => {
    const d = decide(rounds(4, { b: 1.25 }, [0.01, -0.01, 0.005, -0.005]));
    expect(rowOf(d, 'b').status).toBe('regression');
    expect(rowOf(d, 'b').fails).toBe(true);
    expect(rowOf(d, 'b').interval![0]).toBeGreaterThan(1.1);
    expect(rowOf(d, 'a').status).toBe('unchanged');
    expect(d.settled).toBe(true);
    expect(d.verdict).toBe('fail');
  });

  it('every benchmark 20 % slower is caught: no runner correction is applied', () => {
    const d = decide(rounds(3, { a: 1.2, b: 1.2, c: 1.2 }, [0.01, -0.01, 0]));
    expect(['a', 'b', 'c'].map((b) => rowOf(d, b).status)).toEqual(['regression', 'regression', 'regression']);
  });

  it('a change near the limit in scattered rounds stays open, then ends inconclusive with what could be confirmed', () => {
    const d = decide(rounds(3, { b: 1.13 }, [0.08, -0.08, 0.02]));
    const b = rowOf(d, 'b');
    expect(b.settled).toBe(false);
    expect(d.settled).toBe(false);
    expect(b.status).toBe('inconclusive');
    expect(b.fails).toBe(false);
    expect(b.detectable).toBeGreaterThan(1.13);
    expect(b.resolve).toMatch(/more rounds/);
  });

  it('a bisection’s limit for one row (the midpoint to the bad commit) settles rounds that the rule’s limit leaves open', () => {
    const scattered = rounds(8, { b: 1.04 }, [0.07, -0.06, 0.05, -0.07, 0.06, -0.05, 0.07, -0.06]);
    expect(rowOf(decide(scattered), 'b').settled).toBe(false);
    const mid = new Map([['b\u0000time', Math.sqrt(1.5)]]);
    const d = decidePaired(scattered, DEFAULT_RULES, poolRuns(scattered.map((r) => r.head)), mid);
    expect(rowOf(d, 'b')).toMatchObject({ status: 'unchanged', settled: true, limit: Math.sqrt(1.5) });
    // The culprit's own +50 % is past the midpoint: different, and so past the rule too.
    const step = rounds(8, { b: 1.5 }, [0.07, -0.06, 0.05, -0.07, 0.06, -0.05, 0.07, -0.06]);
    expect(rowOf(decidePaired(step, DEFAULT_RULES, poolRuns(step.map((r) => r.head)), mid), 'b').status).toBe('regression');
  });

  it('keeps the rules exact: memory +20 % is not past a +20 % limit, +30 % is; accuracy is judged on the head side', () => {
    const at = decide(rounds(3, {}, [0], { memory: 1200 }));
    expect(rowOf(at, 'agent', 'memory_peak').status).toBe('unchanged');
    const past = decide(rounds(3, {}, [0], { memory: 1300 }));
    expect(rowOf(past, 'agent', 'memory_peak').status).toBe('regression');
    const low = decide(rounds(3, {}, [0], { accuracy: 0.94 }));
    expect(rowOf(low, 'agent', 'accuracy').status).toBe('below-floor');
    expect(rowOf(low, 'agent', 'accuracy').fails).toBe(true);
    expect(rowOf(decide(rounds(3, {}, [0], { accuracy: 0.95 })), 'agent', 'accuracy').fails).toBe(false);
  });

  it('a 2× faster benchmark is an improvement and never fails; a report-only rule never fails', () => {
    const d = decide(rounds(3, { c: 0.5 }, [0.01, -0.01, 0]));
    expect(rowOf(d, 'c').status).toBe('improvement');
    expect(d.verdict).toBe('pass');
    const rules = parseRules(
      'overrides:\n  - benchmarks: "b"\n    baseline_thresholds:\n      time: { regression_limit: 1.1, fail: false }\n',
      'r.yml',
    );
    const r = decide(rounds(3, { b: 1.5 }, [0]), rules);
    expect(rowOf(r, 'b').status).toBe('regression');
    expect(rowOf(r, 'b').fails).toBe(false);
  });

  it('one round hit by a noisy neighbour widens the bound instead of failing unchanged code', () => {
    const d = decide(rounds(4, {}, [0.01, 0.9, -0.01, 0.0]));
    for (const b of ['a', 'b', 'c']) expect(rowOf(d, b).fails).toBe(false);
  });
});

describe('measureAb: each side imports its own tree', () => {
  it('puts the side’s src/ and top folder first on PYTHONPATH, so an editable install cannot make both sides the head', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join, delimiter } = await import('node:path');
    const { measureAb } = await import('../src/pipeline/ab.js');
    const tree = (factor: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'cp-side-'));
      mkdirSync(join(dir, 'src'));
      // What the package of this tree would make the benchmark take: read by the suite from the first PYTHONPATH entry.
      writeFileSync(join(dir, 'src', 'factor'), String(factor));
      return dir;
    };
    // The "installed" package (an earlier PYTHONPATH entry, as an editable install of the head would be) says 1.
    const installed = tree(1);
    const base = tree(1);
    const head = tree(1.5);
    const suite = `node -e "const fs=require('fs');const p=process.env.PYTHONPATH.split('${delimiter}')[0];const f=Number(fs.readFileSync(p+'/factor','utf8'));fs.writeFileSync('r.json',JSON.stringify([{name:'work',unit:'ms',value:10*f}]))"`;
    const outcome = await measureAb(
      {
        base: { label: 'base', sha: 'a'.repeat(40), cwd: base },
        head: { label: 'head', sha: 'b'.repeat(40), cwd: head },
        command: suite,
        flag: 'run',
        results: { patterns: ['r.json'], tool: 'customSmallerIsBetter' },
        minRounds: 3,
        maxRounds: 3,
        maxMinutes: 5,
        rules: DEFAULT_RULES,
        env: { ...process.env, PYTHONPATH: join(installed, 'src') },
      },
      { info() {}, warn() {} } as unknown as Parameters<typeof measureAb>[1],
      () => {},
    );
    const row = outcome.decision.results.find((r) => r.benchmark === 'work')!;
    expect(row.ratio).toBeCloseTo(1.5, 5);
    expect(row.status).toBe('regression');
  });
});

describe('decidePaired: rounds a neighbour’s load disturbed', () => {
  /** One side: benchmark w with 10 samples around `t`, spread ±1 % — or, disturbed, half of them slowed by `slow`. */
  const sampled = (t: number, slow?: number): ResultSet => {
    const calm = [0.99, 0.995, 1, 1.005, 1.01, 0.99, 0.995, 1, 1.005, 1.01].map((k) => k * t);
    const samples = slow ? calm.map((v, i) => (i % 2 ? v * slow : v)) : calm;
    const value = samples.reduce((a, b) => a + b, 0) / samples.length;
    return { benchmarks: [{ name: 'w', metrics: { time: { value, unit: 's', direction: 'smaller' as const, samples } } }] };
  };
  const same = (i: number) => 1e-3 * (1 + 0.004 * Math.sin(i));

  it('leaves out rounds whose head samples spread wide around the old speed, and says how many', () => {
    // Same code on both sides; in 3 of 10 rounds a neighbour slowed half the head's samples 1.8×.
    const rs: Round[] = Array.from({ length: 10 }, (_, i) => ({
      base: sampled(same(i)),
      head: sampled(same(i + 0.5), i % 3 === 1 ? 1.8 : undefined),
    }));
    const r = rowOf(decide(rs), 'w');
    expect(r.status).toBe('unchanged');
    expect(r.reason).toMatch(/3 rounds left out: a neighbour's load spread their samples 3× as widely/);
  });

  it('still fails a real slowdown: its samples stay calm, only slower', () => {
    const rs: Round[] = Array.from({ length: 6 }, (_, i) => ({ base: sampled(same(i)), head: sampled(1.3 * same(i + 0.5)) }));
    const r = rowOf(decide(rs), 'w');
    expect(r.status).toBe('regression');
    expect(r.reason).not.toMatch(/left out/);
  });
});
