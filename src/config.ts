import picomatch from 'picomatch';
import type { Document } from 'yaml';
import { ConfigError } from './errors.js';
import type { Direction } from './model.js';
import { describeSchemaError, lazyValidator } from './schemas.js';
import { MIN_SPAN } from './analysis/sizes.js';

/** One metric's rule, in the words of the seed guide's `baseline_thresholds`. */
export interface Rule {
  regression_limit?: number | false;
  improvement_limit?: number;
  minimum_threshold?: number;
  maximum_threshold?: number;
  direction?: Direction;
  fail?: boolean;
  /**
   * A size family's growth exponent (log figure against log size) may rise by this much before the
   * rule fails (scaling.ts); false: not judged.
   */
  max_exponent_increase?: number | false;
}

export type Thresholds = Record<string, Rule>;

export interface Override {
  benchmarks?: string | string[];
  groups?: string | string[];
  baseline_thresholds: Thresholds;
}

export interface Rules {
  /** The per-run figure: the fenced mean, the median, or the best sample (min; max for bigger-is-better). */
  statistic: 'mean' | 'median' | 'min';
  confidence: number;
  history: number;
  runner_correction: boolean;
  fail_on_missing: boolean;
  ignore: string[];
  baseline_thresholds: Thresholds;
  overrides: Override[];
  /** Size families named in the rules file: family → benchmark → size (scaling.ts). */
  sizes: Record<string, Record<string, number>>;
}

/**
 * The defaults reproduce the first user's configuration: time +10 %, memory +20 %, accuracy ≥ 0.95;
 * instruction counts (measure: instructions) +1 %.
 * Other metrics are compared and reported with a 10 % limit but do not fail the check.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  '*': { regression_limit: 1.1, fail: false },
  time: { regression_limit: 1.1, max_exponent_increase: 0.5, fail: true },
  'memory_*': { regression_limit: 1.2, max_exponent_increase: 0.5, fail: true },
  accuracy: { regression_limit: false, minimum_threshold: 0.95, fail: true },
  // Counted under Valgrind (measure: instructions): repeats within 0.02 % here, beside CPU hogs too,
  // so +1 % is fifty times the noise; a +2 % work change counted +1.5 % (a harness's own fixed cost per call).
  instructions: { regression_limit: 1.01, fail: true },
};

export const DEFAULT_RULES: Rules = {
  statistic: 'mean',
  confidence: 0.99,
  history: 20,
  runner_correction: true,
  fail_on_missing: false,
  ignore: [],
  baseline_thresholds: {},
  overrides: [],
  sizes: {},
};

/** More alias expansions than this in a rules file is treated as a resource-exhaustion attempt. */
const MAX_ALIASES = 100;

/** The seed guide says execution_time; the normalized model says time. */
const METRIC_ALIASES: Record<string, string> = { execution_time: 'time' };

const validate = lazyValidator('rules');

function normalizeThresholds(t: Thresholds | undefined): Thresholds {
  const out: Thresholds = {};
  for (const [k, v] of Object.entries(t ?? {})) out[METRIC_ALIASES[k] ?? k] = v;
  return out;
}

/**
 * A glob picomatch cannot parse (an unclosed brace, a reversed range, a trailing backslash) compiles
 * to a pattern that matches nothing, silently; refuse it instead.
 */
function checkGlob(pattern: string, where: string): void {
  let source: string;
  try {
    source = picomatch.makeRe(pattern, { dot: true }).source;
  } catch (error) {
    throw new ConfigError(`${where}: "${pattern}" is not a valid glob (${(error as Error).message})`);
  }
  if (source === '$^')
    throw new ConfigError(
      `${where}: "${pattern}" is not a valid glob (it can match nothing: check its braces, ranges and backslashes)`,
    );
}

/**
 * Validates a parsed rules file; errors name the file, the key and what was expected. The YAML parser
 * itself is in rules-yaml.ts (`parseRules`), loaded only when a rules file exists.
 */
export function rulesFromDocument(doc: Document, source: string): Rules {
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}: ` : '';
    throw new ConfigError(`${source}: ${at}expected valid YAML (${e.message.split('\n')[0]})`);
  }
  let data: unknown;
  try {
    // Aliases expand on conversion; a few nested aliases can expand into billions of nodes.
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    throw new ConfigError(`${source}: expected YAML without excessive aliases (${(error as Error).message})`);
  }
  const invalid = validate(data);
  if (invalid) {
    throw new ConfigError(`${source}: ${describeSchemaError(invalid)}`);
  }
  const raw = data as Partial<Rules> & { ignore?: string | string[] };
  const list = (patterns: string | string[] | undefined) => ([] as string[]).concat(patterns ?? []);
  raw.overrides?.forEach((o, i) => {
    for (const p of list(o.benchmarks)) checkGlob(p, `${source}: overrides[${i}].benchmarks`);
    for (const p of list(o.groups)) checkGlob(p, `${source}: overrides[${i}].groups`);
  });
  for (const p of list(raw.ignore)) checkGlob(p, `${source}: ignore`);
  const named = new Map<string, string>();
  for (const [family, members] of Object.entries(raw.sizes ?? {})) {
    const sizes = Object.values(members);
    if (new Set(sizes).size !== sizes.length)
      throw new ConfigError(`${source}: sizes.${family}: expected a different size for each benchmark`);
    if (Math.max(...sizes) / Math.min(...sizes) < MIN_SPAN)
      throw new ConfigError(
        `${source}: sizes.${family}: expected sizes spanning at least ${MIN_SPAN}× (largest ÷ smallest), for an exponent to mean anything`,
      );
    for (const name of Object.keys(members)) {
      const other = named.get(name);
      if (other !== undefined) throw new ConfigError(`${source}: sizes.${family}: "${name}" is already in the family "${other}"`);
      named.set(name, family);
    }
  }
  return {
    ...DEFAULT_RULES,
    ...raw,
    ignore: raw.ignore === undefined ? [] : ([] as string[]).concat(raw.ignore),
    baseline_thresholds: normalizeThresholds(raw.baseline_thresholds),
    overrides: (raw.overrides ?? []).map((o) => ({ ...o, baseline_thresholds: normalizeThresholds(o.baseline_thresholds) })),
  };
}

/** Compiled patterns, reused: a suite of thousands of benchmarks asks the same few patterns again and again. */
const compiled = new Map<string, (value: string) => boolean>();
function isMatch(value: string, pattern: string | string[]): boolean {
  const key = Array.isArray(pattern) ? `\u0000${pattern.join('\u0000')}` : pattern;
  let test = compiled.get(key);
  if (!test) compiled.set(key, (test = picomatch(pattern, { dot: true })));
  return test(value);
}

function matches(globs: string | string[] | undefined, value: string | undefined): boolean {
  if (globs === undefined) return true;
  if (value === undefined) return false;
  return isMatch(value, globs);
}

/** More specific patterns win: '*' < globs < exact names. */
function specificity(pattern: string): number {
  if (pattern === '*') return 0;
  return picomatch.scan(pattern).isGlob ? 1 : 2;
}

function applyThresholds(target: Rule, thresholds: Thresholds, metric: string): Rule {
  const hits = Object.entries(thresholds)
    .filter(([pattern]) => pattern === metric || isMatch(metric, pattern))
    .sort(([a], [b]) => specificity(a) - specificity(b));
  return hits.reduce<Rule>((acc, [, r]) => ({ ...acc, ...r }), target);
}

const patternHits = (pattern: string, metric: string) => pattern === metric || isMatch(metric, pattern);

/**
 * The rule that applies to one benchmark's metric: defaults, then the file's thresholds, then overrides
 * in order. Metrics the defaults do not know are report-only, unless the rules file names them (by name
 * or a pattern other than "*"): a threshold someone wrote down for `render_time` is meant to fail the
 * check when it breaks. `fail: false` in any applicable rule keeps it report-only.
 */
export function ruleFor(rules: Rules, metric: string, benchmark: { name: string; group?: string }): Rule {
  const which = rules.overrides.flatMap((o, i) =>
    (o.benchmarks !== undefined || o.groups !== undefined) &&
    matches(o.benchmarks, benchmark.name) &&
    matches(o.groups, benchmark.group)
      ? [i]
      : [],
  );
  // The same metric under the same overrides is the same rule: computed once per rules (a suite of a
  // thousand benchmarks asked for it a few thousand times a run, each time matching and sorting patterns).
  let cache = ruleCache.get(rules);
  if (!cache) ruleCache.set(rules, (cache = new Map()));
  const key = `${metric}\u0000${which.join(',')}`;
  const known = cache.get(key);
  if (known) return known;
  const rule = ruleOf(rules, metric, which);
  cache.set(key, rule);
  return rule;
}

/** Rules are never changed once parsed: a rule found for them stays right (callers do not mutate rules). */
const ruleCache = new WeakMap<Rules, Map<string, Rule>>();

function ruleOf(rules: Rules, metric: string, overrides: number[]): Readonly<Rule> {
  const applicable = [rules.baseline_thresholds, ...overrides.map((i) => (rules.overrides[i] as Override).baseline_thresholds)];
  let rule = applyThresholds({}, DEFAULT_THRESHOLDS, metric);
  for (const t of applicable) rule = applyThresholds(rule, t, metric);
  const entries = applicable.flatMap((t) => Object.entries(t)).filter(([p]) => patternHits(p, metric));
  const named = entries.some(([p]) => p !== '*');
  const off = entries.some(([, r]) => r.fail === false);
  return named && !off && rule.fail === false ? { ...rule, fail: true } : rule;
}

/**
 * One line per override or ignore pattern that matches no benchmark (nor group) of this run. Globs
 * that look like regular expressions (`^bench_(a|b)+$`, `bench_.*`) are accepted by the parser but
 * match nothing: the commonest reason a rule silently does not apply.
 */
export function unmatchedPatterns(rules: Rules, benchmarks: readonly { name: string; group?: string }[]): string[] {
  const lines: string[] = [];
  const unmatched = (where: string, p: string, what: string, hit: (b: { name: string; group?: string }) => boolean) => {
    if (benchmarks.some(hit)) return;
    const regexLike = /[\^$]|\.\*|\.\+|\\[dws]/.test(p);
    lines.push(
      `rules: ${where}: "${p}" matches no ${what} of this run${regexLike ? ' (patterns are globs such as bench_*, not regular expressions)' : ''}.`,
    );
  };
  const list = (patterns: string | string[] | undefined) => ([] as string[]).concat(patterns ?? []);
  rules.overrides.forEach((o, i) => {
    for (const p of list(o.benchmarks)) unmatched(`overrides[${i}].benchmarks`, p, 'benchmark', (b) => matches(p, b.name));
    for (const p of list(o.groups)) unmatched(`overrides[${i}].groups`, p, 'benchmark', (b) => matches(p, b.group));
  });
  for (const p of rules.ignore) unmatched('ignore', p, 'benchmark or group', (b) => isIgnored({ ...rules, ignore: [p] }, b));
  return lines;
}

export function isIgnored(rules: Rules, benchmark: { name: string; group?: string }): boolean {
  if (rules.ignore.length === 0) return false;
  return matches(rules.ignore, benchmark.name) || (benchmark.group !== undefined && matches(rules.ignore, benchmark.group));
}
