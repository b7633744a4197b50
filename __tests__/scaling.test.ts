/** Size families and their growth exponent (src/analysis/scaling.ts), from names to the verdict. */
import { describe, expect, it } from '@jest/globals';
import { decide } from '../src/analysis/decide.js';
import { judgeScaling } from '../src/analysis/scaling.js';
import { sizeFamilies } from '../src/analysis/sizes.js';
import { DEFAULT_RULES } from '../src/config.js';
import { parseRules } from '../src/rules-yaml.js';
import type { ResultSet } from '../src/model.js';
import { gaussian, rng } from '../bench/simulate.js';

describe('sizeFamilies', () => {
  it('finds pytest params, Go and Google Benchmark sizes and sized names, with the size as n', () => {
    const f = sizeFamilies([
      'test_dag_creation[10-15]',
      'test_dag_creation[50-100]',
      'test_dag_creation[100-200]',
      'BenchmarkSort/1024-8',
      'BenchmarkSort/4096-8',
      'BenchmarkSort/16384-8',
      'BM_hash/64',
      'BM_hash/512',
      'BM_hash/4096',
      'test_dag_creation_10_15',
      'test_dag_creation_50_100',
      'test_dag_creation_100_200',
      'test_env[n=10]',
      'test_env[n=100]',
      'test_env[n=1000]',
      'test_agreement_metrics_1000',
    ]);
    expect([...f.keys()].sort()).toEqual([
      'BM_hash/n',
      'BenchmarkSort/n-#',
      'test_dag_creation[n-#]',
      'test_dag_creation_n_#',
      'test_env[n=n]',
    ]);
    expect(f.get('test_dag_creation_n_#')!.map((m) => m.size)).toEqual([10, 50, 100]);
    expect(f.get('BenchmarkSort/n-#')!.map((m) => m.benchmark)).toEqual([
      'BenchmarkSort/1024-8',
      'BenchmarkSort/4096-8',
      'BenchmarkSort/16384-8',
    ]);
  });

  it('needs three sizes, one benchmark per size, spanning at least 4×', () => {
    expect(sizeFamilies(['a_10', 'a_100']).size).toBe(0);
    expect(sizeFamilies(['a_10', 'a_12', 'a_15']).size).toBe(0);
    expect(sizeFamilies(['a_10_1', 'a_10_2', 'a_100_1']).size).toBe(0);
    expect(sizeFamilies(['sha256_x', 'sha256_y', 'sha256_z']).size).toBe(0);
  });
});

/** Runs of a family at sizes 10, 50, 100 whose time grows as size^exponent, with CI-like noise. */
function runs(count: number, exponent: (size: number) => number, seed: number, runnerSd = 0.05, benchSd = 0.03): ResultSet[] {
  const rand = rng(seed);
  return Array.from({ length: count }, () => {
    const runner = Math.exp(runnerSd * gaussian(rand));
    return {
      benchmarks: [10, 50, 100].map((n) => {
        const t = 1e-6 * n ** exponent(n) * runner * Math.exp(benchSd * gaussian(rand));
        return {
          name: `test_dag_creation_${n}_${n * 2}`,
          metrics: {
            time: {
              value: t,
              unit: 's',
              direction: 'smaller' as const,
              samples: Array.from({ length: 10 }, () => t * Math.exp(0.02 * gaussian(rand))),
            },
          },
        };
      }),
    };
  });
}

describe('judgeScaling', () => {
  it('reports linear → quadratic with both exponents within ±0.2 and fails it', () => {
    const history = runs(20, () => 1, 1);
    const head = runs(1, () => 2, 2)[0]!;
    const [s] = judgeScaling(decide(head, history, DEFAULT_RULES).results, DEFAULT_RULES);
    expect(s).toMatchObject({
      family: 'test_dag_creation_n_#',
      metric: 'time',
      sizes: [10, 50, 100],
      status: 'steeper',
      fails: true,
    });
    expect(Math.abs(s!.base_exponent - 1)).toBeLessThan(0.2);
    expect(Math.abs(s!.head_exponent - 2)).toBeLessThan(0.2);
    expect(s!.reason).toMatch(/~n\^1\.0 → ~n\^2\.0 over sizes 10, 50, 100.*past the \+0\.5 limit on the exponent/);
  });

  it('never fails an unchanged family under CI-like noise, nor one whose every size slowed alike', () => {
    let failed = 0;
    for (let seed = 0; seed < 200; seed++) {
      const history = runs(20, () => 1, 1000 + seed, 0.1, 0.05);
      const head = runs(1, () => 1, 5000 + seed, 0.1, 0.05)[0]!;
      failed += judgeScaling(decide(head, history, DEFAULT_RULES).results, DEFAULT_RULES).filter((s) => s.fails).length;
    }
    expect(failed).toBeLessThanOrEqual(2);
    // A 1.3× slower head at every size is a regression of each row, not of the growth.
    const [s] = judgeScaling(
      decide(
        runs(1, () => 1, 7, 0)[0]!,
        runs(20, () => 1, 8),
        DEFAULT_RULES,
      ).results.map((r) => ({
        ...r,
        head: r.head! * 1.3,
      })),
      DEFAULT_RULES,
    );
    expect(s!.status).toBe('unchanged');
  });

  it('max_exponent_increase: false in the rules file turns it off; a larger limit lets n^1.4 pass', () => {
    const history = runs(20, () => 1, 3);
    const head = runs(1, () => 1.4, 4)[0]!;
    const rows = decide(head, history, DEFAULT_RULES).results;
    expect(judgeScaling(rows, DEFAULT_RULES)[0]).toMatchObject({ status: 'unchanged', fails: false });
    const strict = parseRules('baseline_thresholds:\n  time:\n    max_exponent_increase: 0.2\n', 'rules.yml');
    expect(judgeScaling(rows, strict)[0]).toMatchObject({ status: 'steeper', fails: true });
    const off = parseRules('baseline_thresholds:\n  time:\n    max_exponent_increase: false\n', 'rules.yml');
    expect(judgeScaling(rows, off)[0]).toMatchObject({ status: 'unchanged', fails: false });
    expect(judgeScaling(rows, off)[0]!.limit).toBeUndefined();
    expect(() => parseRules('baseline_thresholds:\n  time:\n    max_exponent_increase: -1\n', 'rules.yml')).toThrow(
      /rules\.yml: .*max_exponent_increase/,
    );
  });
});

describe('sizes in the rules file: families a name cannot say', () => {
  /** The family of runs() renamed small / medium / large (sizes 10, 50, 100), as a UI suite names them. */
  const renamed = (sets: ResultSet[]): ResultSet[] =>
    sets.map((r) => ({
      benchmarks: r.benchmarks.map((b, i) => ({ ...b, name: `test_render_${['small', 'medium', 'large'][i]}` })),
    }));
  const rules = parseRules(
    'sizes:\n  ui render:\n    test_render_small: 10\n    test_render_medium: 50\n    test_render_large: 100\n',
    'rules.yml',
  );

  it('judges the named family as a name-found one: linear → quadratic fails', () => {
    const rows = decide(renamed(runs(1, () => 2, 2))[0]!, renamed(runs(20, () => 1, 1)), rules).results;
    // Without the rules file the names say no size: no family.
    expect(judgeScaling(rows, DEFAULT_RULES)).toEqual([]);
    const [s] = judgeScaling(rows, rules);
    expect(s).toMatchObject({ family: 'ui render', sizes: [10, 50, 100], status: 'steeper', fails: true });
    expect(Math.abs(s!.head_exponent - 2)).toBeLessThan(0.2);
  });

  it('takes a named benchmark out of the families found from names', () => {
    const rows = decide(
      runs(1, () => 1, 2)[0]!,
      runs(20, () => 1, 1),
      DEFAULT_RULES,
    ).results;
    expect(judgeScaling(rows, DEFAULT_RULES).map((s) => s.family)).toEqual(['test_dag_creation_n_#']);
    const named = parseRules(
      'sizes:\n  dag:\n    test_dag_creation_10_20: 10\n    test_dag_creation_50_100: 50\n    test_dag_creation_100_200: 100\n',
      'rules.yml',
    );
    expect(judgeScaling(rows, named).map((s) => s.family)).toEqual(['dag']);
  });

  it('refuses a family that cannot give an exponent, naming the file and the family', () => {
    const bad = (yaml: string) => () => parseRules(yaml, 'rules.yml');
    expect(bad('sizes:\n  f:\n    a: 1\n    b: 10\n')).toThrow(/rules\.yml: sizes\.f: expected at least 3 entries/);
    expect(bad('sizes:\n  f:\n    a: 1\n    b: 2\n    c: 3\n')).toThrow(
      /rules\.yml: sizes\.f: expected sizes spanning at least 4×/,
    );
    expect(bad('sizes:\n  f:\n    a: 1\n    b: 10\n    c: 10\n')).toThrow(
      /sizes\.f: expected a different size for each benchmark/,
    );
    expect(bad('sizes:\n  f:\n    a: 0\n    b: 10\n    c: 20\n')).toThrow(/rules\.yml: sizes\.f\.a: expected a number above 0/);
    expect(bad('sizes:\n  f:\n    a: 1\n    b: 10\n    c: 20\n  g:\n    a: 1\n    d: 10\n    e: 20\n')).toThrow(
      /sizes\.g: "a" is already in the family "f"/,
    );
  });
});
