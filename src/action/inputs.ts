import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { splitCredentials } from '../io/endpoint.js';
import { branchFolder } from '../history/gh-pages.js';
import { defaultTestbed } from '../report/labels.js';
import { secretInputVariables } from './secret-inputs.js';

export type Storage = 'auto' | 'gh-pages' | 'cache' | 'both' | 'none';
export type CommentMode = 'always' | 'on-regression' | 'never';

/** The action's inputs, read once and passed down (the actions/checkout pattern). */
export interface Settings {
  run?: string;
  resultPatterns: string[];
  /** Report files of matrix legs to merge into one verdict (the merge job), instead of measuring. */
  mergeReports: string[];
  tool?: string;
  config?: string;
  baselinePatterns: string[];
  name: string;
  /** Where this job runs: baselines and charts are per suite × testbed. */
  testbed: string;
  token: string;
  storage: Storage;
  comment: CommentMode;
  /** On pushes: a commit comment on the pushed commit (github-action-benchmark's comment-on-alert / comment-always). */
  commitComment: CommentMode;
  /** GitHub logins mentioned in a commit comment that reports a broken rule. */
  commitCommentCc: string[];
  failOnRegression: boolean;
  failOnInconclusive: boolean;
  confirmRuns: number;
  /** `measure: instructions`: instruction counts under Valgrind beside the timed run (instructions.ts). */
  measure: 'time' | 'instructions';
  instructionsHarness?: 'pytest' | 'env';
  instructionsCommand?: string;
  confirmMaxMinutes: number;
  /** `confirm-ab`: rows still undecided after confirm-runs are paired against the base commit. */
  confirmAb: boolean;
  /** `compare-refs`: this commit against each of these versions (tags or SHAs), one A/B each. */
  compareRefs: string[];
  pushgateway?: { url: string; token?: string; basic?: string };
  remoteWrite?: { url: string; token?: string; basic?: string };
  mode: 'history' | 'ab' | 'bisect';
  ab: { base?: string; setup?: string; minRounds: number; maxRounds: number; maxMinutes: number };
  /** mode bisect: the range (defaults: the push's before and HEAD), the benchmarks followed, the budget. */
  bisect: { good?: string; bad?: string; benchmarks: string[]; maxMinutes: number; allParents: boolean };
  summary: boolean;
  ghPagesBranch: string;
  ghPagesDir: string;
  historyRepository?: { owner: string; repo: string };
  historyBranches: string[];
  maxRuns: number;
  maxAgeDays: number;
  trendUrl?: string;
  pushTimeoutSeconds: number;
  workspace: string;
  tempDir: string;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function bool(name: string, fallback = true): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`);
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new InputError(`input ${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function count(name: string, fallback: number, min = 0): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new InputError(`input ${name}: expected a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

function folderInput(name: string): string {
  try {
    return branchFolder(core.getInput(name) || 'perf');
  } catch (error) {
    throw new InputError(`input ${name}: ${(error as Error).message}`);
  }
}

/**
 * Once read, the credentials leave the action's environment: every command it starts (the suite, the
 * setup, re-runs, both A/B trees) inherits that environment, and the suite is the pull request's code.
 */
export function forgetSecretInputs(env: NodeJS.ProcessEnv = process.env): string[] {
  const values: string[] = [];
  for (const name of secretInputVariables()) {
    const value = env[name]?.trim();
    if (value) values.push(...credentialParts(value));
    delete env[name];
  }
  return values;
}

/** A credential and the parts of it that are secret on their own (a basic auth's or a URL's password). */
function credentialParts(value: string): string[] {
  // A URL's user:password (decoded, as splitCredentials reads it), or a basic auth's own.
  const basic = value.includes('://') ? splitCredentials(value).basic : value;
  const password = basic?.includes(':') ? basic.slice(basic.indexOf(':') + 1) : undefined;
  return [value, ...(password ? [password] : [])].filter((p) => p.length >= 4);
}

/** Replaces every credential value in a text that leaves the runner (the PR comment, the job summary). */
export function redactor(values: readonly string[]): (text: string) => string {
  const sorted = [...new Set(values)].sort((a, b) => b.length - a.length);
  return (text) => sorted.reduce((t, v) => t.split(v).join('***'), text);
}

export function getSettings(): Settings {
  const resultPatterns = lines(core.getInput('output-file-path'));
  const mergeReports = lines(core.getInput('merge-reports'));
  if (resultPatterns.length === 0 && mergeReports.length === 0)
    throw new InputError(
      'input output-file-path: expected at least one result file path or glob (or merge-reports, in the job that merges matrix legs)',
    );
  if (resultPatterns.length > 0 && mergeReports.length > 0)
    throw new InputError(
      'inputs output-file-path and merge-reports: expected one of them (a leg measures, the merge job merges)',
    );
  const token = core.getInput('github-token').trim();
  if (token) core.setSecret(token);
  const repoInput = core.getInput('history-repository').trim();
  let historyRepository: Settings['historyRepository'];
  if (repoInput) {
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repoInput);
    if (!m) throw new InputError(`input history-repository: expected format {owner}/{repo}, got "${repoInput}"`);
    historyRepository = { owner: m[1] as string, repo: m[2] as string };
  }
  const name = core.getInput('name').trim() || 'benchmarks';
  return {
    run: core.getInput('run').trim() || undefined,
    resultPatterns,
    mergeReports,
    tool: core.getInput('tool').trim() || undefined,
    config: core.getInput('config').trim() || undefined,
    baselinePatterns: lines(core.getInput('baseline')),
    name,
    testbed: testbedInput(),
    token,
    storage: choice('storage', ['auto', 'gh-pages', 'cache', 'both', 'none'] as const, 'auto'),
    comment: choice('comment', ['always', 'on-regression', 'never'] as const, 'always'),
    commitComment: choice('commit-comment', ['always', 'on-regression', 'never'] as const, 'never'),
    commitCommentCc: loginsInput('commit-comment-cc-users'),
    failOnRegression: bool('fail-on-regression'),
    failOnInconclusive: bool('fail-on-inconclusive', false),
    confirmRuns: count('confirm-runs', 3),
    measure: choice('measure', ['time', 'instructions'] as const, 'time'),
    instructionsHarness: core.getInput('instructions-harness').trim()
      ? choice('instructions-harness', ['pytest', 'env'] as const, 'env')
      : undefined,
    instructionsCommand: core.getInput('instructions-command').trim() || undefined,
    confirmMaxMinutes: count('confirm-max-minutes', 10, 1),
    confirmAb: bool('confirm-ab', true),
    compareRefs: core.getInput('compare-refs').split(/\s+/).filter(Boolean),
    pushgateway: endpointInputs('pushgateway'),
    remoteWrite: endpointInputs('remote-write'),
    mode: choice('mode', ['history', 'ab', 'bisect'] as const, 'history'),
    ab: abInputs(),
    bisect: {
      good: core.getInput('bisect-good').trim() || undefined,
      bad: core.getInput('bisect-bad').trim() || undefined,
      benchmarks: lines(core.getInput('bisect-benchmark')),
      maxMinutes: count('bisect-max-minutes', 60, 1),
      allParents: bool('bisect-all-parents', false),
    },
    summary: bool('summary'),
    ghPagesBranch: core.getInput('gh-pages-branch').trim() || 'gh-pages',
    ghPagesDir: folderInput('gh-pages-dir'),
    historyRepository,
    historyBranches: lines(core.getInput('history-branches')),
    maxRuns: count('max-runs', 5000),
    maxAgeDays: count('max-age-days', 0),
    trendUrl: core.getInput('trend-url').trim() || undefined,
    pushTimeoutSeconds: count('push-timeout-seconds', 300),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? process.cwd(),
  };
}

function abInputs(): Settings['ab'] {
  const minRounds = count('ab-min-rounds', 3, 2);
  const maxRounds = count('ab-max-rounds', 30, 2);
  if (maxRounds < minRounds)
    throw new InputError(`input ab-max-rounds: expected at least ab-min-rounds (${minRounds}), got ${maxRounds}`);
  return {
    base: core.getInput('ab-base').trim() || undefined,
    setup: core.getInput('ab-setup').trim() || undefined,
    minRounds,
    maxRounds,
    maxMinutes: count('ab-max-minutes', 30, 1),
  };
}

/** GitHub logins, separated by commas, spaces or lines, with or without their `@`. */
function loginsInput(input: string): string[] {
  const names = core
    .getInput(input)
    .split(/[\s,]+/)
    .map((n) => n.replace(/^@/, ''))
    .filter(Boolean);
  for (const n of names)
    if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/.test(n))
      throw new InputError(`input ${input}: expected GitHub logins separated by commas, got "${n.slice(0, 50)}"`);
  return names;
}

/** The `testbed` input: free text, by default the runner's OS and architecture ("Linux-X64"). */
function testbedInput(): string {
  const value = core.getInput('testbed').trim();
  if (!value) return defaultTestbed();
  if (value.length > 64 || [...value].some((c) => c.charCodeAt(0) < 32))
    throw new InputError(`input testbed: expected a short name on one line (at most 64 characters), got "${value.slice(0, 70)}"`);
  return value;
}

/** `<prefix>-url` with its optional `<prefix>-token` (bearer) or `<prefix>-basic-auth` ("user:password"), both masked. */
function endpointInputs(prefix: 'pushgateway' | 'remote-write'): Settings['pushgateway'] {
  // Credentials written into the URL become the basic auth header; the URL that is logged has none.
  const { url, basic: fromUrl } = splitCredentials(core.getInput(`${prefix}-url`).trim());
  const token = core.getInput(`${prefix}-token`).trim();
  const basic = core.getInput(`${prefix}-basic-auth`).trim() || (token ? '' : (fromUrl ?? ''));
  if (token) core.setSecret(token);
  if (basic) core.setSecret(basic);
  if (fromUrl) core.setSecret(fromUrl.slice(fromUrl.indexOf(':') + 1));
  if (!url) return undefined;
  if (!/^https?:\/\/[^/]/.test(url)) throw new InputError(`input ${prefix}-url: expected an http(s) URL, got "${url}"`);
  if (basic && !basic.includes(':'))
    throw new InputError(`input ${prefix}-basic-auth: expected "user:password", got a value without ":"`);
  if (token && basic) throw new InputError(`inputs ${prefix}-token and ${prefix}-basic-auth: expected one of them, not both`);
  return { url, ...(token ? { token } : {}), ...(basic ? { basic } : {}) };
}
