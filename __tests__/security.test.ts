/** Round 3 of the attack on the action (#26): each test failed on the code before its fix. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { abBaseCommit } from '../src/action/checkout.js';
import type { EventPlan } from '../src/action/event.js';
import { InputError } from '../src/errors.js';
import { checkRef } from '../src/io/git.js';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cp-sec-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'one');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'two');
  git('remote', 'add', 'origin', dir);
  return dir;
}

const plan = (sha: string): EventPlan => ({
  event: 'push',
  repo: { owner: 'o', repo: 'r' },
  sha,
  baselineShas: [],
  record: false,
  why: '',
  commit: { sha },
  serverUrl: 'https://github.com',
});

describe('refs from inputs and events are never options (#26 item 4)', () => {
  it('refuses ab-base: --upload-pack=CMD, and git never runs CMD', async () => {
    const dir = repo();
    const marker = join(dir, 'pwned');
    const attack = `--upload-pack=touch ${marker}`;
    await expect(abBaseCommit(plan('HEAD'), dir, attack)).rejects.toThrow(InputError);
    await expect(abBaseCommit(plan('HEAD'), dir, attack)).rejects.toThrow(/ab-base: expected a branch, tag or commit/);
    expect(existsSync(marker)).toBe(false);
  });
  it('still resolves an ordinary ref', async () => {
    const dir = repo();
    const sha = execFileSync('git', ['rev-parse', 'HEAD^'], { cwd: dir, encoding: 'utf8' }).trim();
    expect(await abBaseCommit(plan('HEAD'), dir, 'HEAD^')).toBe(sha);
  });
  it('checkRef names the input and refuses newlines', () => {
    expect(() => checkRef('-x', '--baseline-ref')).toThrow(/--baseline-ref: expected a branch, tag or commit, got "-x"/);
    expect(() => checkRef('main\n::error::x', 'ab-base')).toThrow(InputError);
    expect(checkRef('v1.2.0', 'x')).toBe('v1.2.0');
  });
});

describe('suites of any size (#26 item 13)', () => {
  it('decides and renders 150,000 benchmarks without overflowing the stack', async () => {
    const { decide } = await import('../src/analysis/decide.js');
    const { DEFAULT_RULES } = await import('../src/config.js');
    const { renderMarkdown, renderText } = await import('../src/report/markdown.js');
    const run = (f: number) => ({
      benchmarks: Array.from({ length: 150_000 }, (_, i) => ({
        name: `b${i}`,
        metrics: {
          time: { value: (1 + (i % 7)) * 1e-6 * f, unit: 's', direction: 'smaller' as const, samples: [1e-6, 2e-6, 3e-6] },
        },
      })),
    });
    const d = decide(run(1), [run(1)], DEFAULT_RULES);
    expect(d.results).toHaveLength(150_000);
    expect(renderText(d).split('\n').length).toBeGreaterThan(150_000);
    expect(renderMarkdown(d, { maxLength: 65_000 }).length).toBeLessThanOrEqual(65_000);
  });
});

describe('small things (#26 item 17)', () => {
  it('a denormal baseline is compared directly, never "+Infinity %"', async () => {
    const { decide } = await import('../src/analysis/decide.js');
    const { DEFAULT_RULES } = await import('../src/config.js');
    const run = (v: number) => ({
      benchmarks: ['a', 'b', 'c'].map((name) => ({
        name,
        metrics: { time: { value: name === 'a' ? v : 1e-3, unit: 's', direction: 'smaller' as const } },
      })),
    });
    const d = decide(run(1e-3), [run(5e-324), run(5e-324)], DEFAULT_RULES);
    const row = d.results.find((r) => r.benchmark === 'a')!;
    expect(row.reason).not.toMatch(/Infinity/);
    expect(row.measured_ratio).toBeNull();
    expect(row.status).toBe('regression');
  });
});
