import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { VERSION } from '../src/version.js';
import { DIST_NODE, ROOT, fixturePath } from './helpers.js';
import { serveDirectory } from '../src/io/serve.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const pytest = (name: string) => fixturePath(`pytest/pytest-benchmark-5.2.3${name}.json`);

describe('causal-perf parse', () => {
  it('prints normalized JSON of several files of one run', async () => {
    const r = await cli('parse', fixturePath('go/go-test-bench.txt'), fixturePath('benny/benny.json'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.benchmarks).toHaveLength(4 + 3);
    expect(out.run.tool).toBe('go,benny');
  });
  it('exits 2 with one line naming the file on bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    writeFileSync(join(dir, 'empty.json'), '');
    const r = await cli('parse', join(dir, 'empty.json'));
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `causal-perf: ${join(dir, 'empty.json')}: the file is empty; expected benchmark results\n`,
    });
    expect((await cli('parse', join(dir, 'nope.json'))).stderr).toMatch(/nope\.json: cannot read the result file \(ENOENT\)/);
    expect((await cli('parse', '--tool', 'nosuch', fixturePath('benny/benny.json'))).code).toBe(2);
    expect((await cli('parse', '--bogus')).code).toBe(2);
    expect((await cli('frobnicate')).stderr).toMatch(/unknown command "frobnicate"/);
  });
  it('answers "unknown command" with exit 2 for names every object has (#26 item 16)', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = await cli(name);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`unknown command "${name}"`));
    }
  });
  it('--help lists every tool and --version prints the version', async () => {
    expect((await cli('--help')).stdout).toMatch(/googlebenchmark\s+Google Benchmark JSON/);
    expect((await cli('--version')).stdout).toBe(`${VERSION}\n`);
  });
});

describe('causal-perf compare on two real pytest-benchmark runs', () => {
  it('passes two runs of the same code (exit 0)', async () => {
    const r = await cli('compare', '--head', pytest('-run2'), '--base', pytest(''), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.verdict).toBe('pass');
    expect(out.results.length).toBe(5 + 3 + 2);
    for (const row of out.results)
      expect(row).toEqual(
        expect.objectContaining({
          benchmark: expect.any(String),
          metric: expect.any(String),
          status: expect.any(String),
          base: expect.anything(),
          head: expect.anything(),
          ratio: expect.any(Number),
        }),
      );
  });
  // Two prior runs cannot tell a +66 % slowdown from this machine's run-to-run noise at 99 %: the
  // honest answer is inconclusive (it does not fail), naming that benchmark only.
  it('calls the deliberate slowdown inconclusive from two prior runs, naming only that benchmark', async () => {
    const r = await cli(
      'compare',
      '--head',
      pytest('-slow'),
      '--base',
      pytest(''),
      '--base',
      pytest('-run2'),
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.results.filter((x: { status: string }) => x.status === 'regression')).toEqual([]);
    const flagged = out.results.filter((x: { status: string }) => x.status === 'inconclusive');
    expect(flagged.map((x: { benchmark: string }) => x.benchmark)).toEqual(['test_intervention_performance']);
    expect(flagged[0].ratio).toBeGreaterThan(1.5);
    expect(flagged[0].detectable).toBeGreaterThan(flagged[0].ratio);
    expect(flagged[0].resolve).toMatch(/more history/);
  });
  it('renders the markdown table with the flagged row first', async () => {
    const r = await cli('compare', '--head', pytest('-slow'), '--base', pytest(''), '--format', 'markdown');
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('| '));
    expect(lines[0]).toMatch(/^\| Status \| Benchmark \| Change \| Baseline → this run \| Rule \|$/);
    expect(lines[2]).toMatch(/🟠 inconclusive \| `test_intervention_performance`/);
    expect(r.stdout).toMatch(/\*\*Undecided\*\*/);
    // Never "No regression" above an undecided row: the header counts them and says why.
    expect(r.stdout).toMatch(/⚠️ \*\*Passed with 1 undecided row: not re-measured/);
    expect(r.stdout).not.toMatch(/No regression/);
  });
  it('exits 2 naming the key of an invalid rules file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    writeFileSync(join(dir, 'rules.yml'), 'baseline_thresholds:\n  time:\n    regression_limit: fast\n');
    const r = await cli('compare', '--head', pytest(''), '--config', join(dir, 'rules.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\.yml: baseline_thresholds\.time\.regression_limit: /);
    expect((await cli('compare', '--head', pytest(''), '--format', 'xml')).stderr).toMatch(
      /--format: expected one of json, markdown, text/,
    );
  });
});

describe('causal-perf compare: a size family whose growth got steeper (#30)', () => {
  // Normalized JSON runs of a family at n = 10, 100, 1000 whose time grows as n^exponent (±1 % jitter).
  const run = (dir: string, file: string, exponent: number, jitter: number) => {
    const benchmarks = [10, 100, 1000].map((n, i) => {
      const t = 1e-6 * (n / 10) ** exponent * (1 + jitter * (i - 1));
      return {
        name: `test_env[n=${n}]`,
        metrics: { time: { value: t, unit: 's', direction: 'smaller', samples: [0.99, 1, 1.01].map((k) => k * t) } },
      };
    });
    writeFileSync(join(dir, file), JSON.stringify({ benchmarks }));
    return join(dir, file);
  };
  const setup = (headExponent: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-scaling-'));
    const bases = [0.01, -0.01, 0.005, -0.005, 0].flatMap((j, i) => ['--base', run(dir, `base${i}.json`, 1, j)]);
    return { dir, args: ['compare', '--head', run(dir, 'head.json', headExponent, 0.003), ...bases] };
  };

  it('fails linear → quadratic on the exponent and says so in every format', async () => {
    const { args } = setup(2);
    const json = await cli(...args, '--format', 'json');
    expect(json.code).toBe(1);
    const [s] = JSON.parse(json.stdout).scaling;
    expect(s).toMatchObject({ family: 'test_env[n=n]', sizes: [10, 100, 1000], status: 'steeper', fails: true, limit: 0.5 });
    expect(Math.abs(s.base_exponent - 1)).toBeLessThan(0.2);
    expect(Math.abs(s.head_exponent - 2)).toBeLessThan(0.2);
    expect((await cli(...args, '--format', 'text')).stdout).toMatch(
      /^FAIL scaling test_env\[n=n\] time \(steeper\): ~n\^1\.0 → ~n\^2\.0/m,
    );
    const md = (await cli(...args, '--format', 'markdown')).stdout;
    expect(md).toMatch(/\*\*Scaling\*\*/);
    expect(md).toMatch(/\| ❌ \| `test_env\[n=n\]` \| time \| 10, 100, 1000 \| ~n\^1\.0 \| ~n\^2\.0 \|/);
  });

  it('fails n → n^1.6 even where every size is within its own limit, and a rules file can turn it off', async () => {
    const { dir, args } = setup(1.6);
    writeFileSync(join(dir, 'loose.yml'), 'baseline_thresholds:\n  time:\n    regression_limit: 20\n');
    const loose = await cli(...args, '--config', join(dir, 'loose.yml'), '--format', 'json');
    const report = JSON.parse(loose.stdout);
    expect(report.results.filter((r: { fails: boolean }) => r.fails)).toEqual([]);
    expect(report.scaling[0]).toMatchObject({ status: 'steeper', fails: true });
    expect(loose.code).toBe(1);
    writeFileSync(
      join(dir, 'off.yml'),
      'baseline_thresholds:\n  time:\n    regression_limit: 20\n    max_exponent_increase: false\n',
    );
    expect((await cli(...args, '--config', join(dir, 'off.yml'))).code).toBe(0);
  });
});

describe('hostile input gets a one-line error and exit 2', () => {
  it('refuses a rules file whose aliases would expand without bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 12; i++)
      lines.push(
        `b${i}: &b${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*b${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(join(dir, 'bomb.yml'), lines.join('\n') + '\n');
    const r = await cli('compare', '--head', pytest(''), '--config', join(dir, 'bomb.yml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yml: expected YAML without excessive aliases/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('refuses a result file nested 200,000 levels deep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    const depth = 200_000;
    const params = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    writeFileSync(
      join(dir, 'deep.json'),
      `{"benchmarks": [{"name": "x", "params": ${params}, "metrics": {"time": {"value": 1, "unit": "s", "direction": "smaller"}}}]}`,
    );
    const r = await cli('parse', join(dir, 'deep.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.json: benchmarks\[0\]\.params\.a\.a.*…: nested more than 100 levels deep/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('causal-perf serve', () => {
  it('answers a malformed escape with 400 and keeps serving; never follows a symlink out of the folder (#26 item 15)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-serve-'));
    const outside = mkdtempSync(join(tmpdir(), 'cp-secret-'));
    writeFileSync(join(outside, 'secret.txt'), 'token');
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
    symlinkSync(outside, join(dir, 'out'));
    const server = await serveDirectory(dir);
    try {
      expect((await fetch(`${server.url}/%ff`)).status).toBe(400);
      expect((await fetch(`${server.url}/leak.txt`)).status).toBe(404);
      expect((await fetch(`${server.url}/out/secret.txt`)).status).toBe(404);
      const ok = await fetch(`${server.url}/`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('<p>ok</p>');
    } finally {
      await server.close();
    }
  });
  it('says so when the directory does not exist, instead of serving 404s', async () => {
    const r = await cli('serve', join(tmpdir(), 'no-such-history-dir-causal-perf'), '--port', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/serve: .*no-such-history-dir-causal-perf: expected a directory/);
  });
  it('says so when the port is taken, instead of a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cp-serve-'));
    const taken = await serveDirectory(dir);
    try {
      const port = new URL(taken.url).port;
      const r = await cli('serve', dir, '--port', port);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`causal-perf: --port: ${port} cannot be used (already in use); choose another with --port N\n`);
    } finally {
      await taken.close();
    }
  });
});

describe('the bundled bin', () => {
  it('runs from dist/ with the same exit codes (the committed bundle is what users get)', () => {
    const bin = join(ROOT, 'dist', 'cli.js');
    expect(execFileSync(DIST_NODE, [bin, '--version'], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
    const flagged = spawnSync(DIST_NODE, [bin, 'compare', '--head', pytest('-slow'), '--base', pytest('')], {
      encoding: 'utf8',
    });
    expect(flagged.status).toBe(0);
    expect(flagged.stdout).toMatch(/^INCONCLUSIVE test_intervention_performance time: /m);
    const dir = mkdtempSync(join(tmpdir(), 'cp-'));
    writeFileSync(join(dir, 'rules.yml'), 'baseline_thresholds:\n  accuracy: { minimum_threshold: 0.97 }\n');
    const bad = spawnSync(DIST_NODE, [bin, 'compare', '--head', pytest(''), '--config', join(dir, 'rules.yml')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/FAIL test_metric_computation_performance accuracy: 0.961 is below the minimum of 0.97/);
  });
});

describe('--help', () => {
  it.each(['parse', 'compare', 'run', 'serve', 'import', 'export', 'history'])(
    'causal-perf %s --help prints that command’s usage',
    async (command) => {
      const r = await cli(command, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage:\\n {2}causal-perf ${command} `));
      expect(r.stderr).toBe('');
    },
  );
});
