// `npm run demo`: the main job on the bundled example. Two real pytest-benchmark runs of the example
// suite are the history; a third run has a deliberate slowdown in the intervention benchmark
// (CAUSAL_SLOW=1 when it was recorded). The engine should catch that one and flag nothing else.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = '__tests__/fixtures/pytest';
const history = ['pytest-benchmark-5.2.3.json', 'pytest-benchmark-5.2.3-run2.json'].map((f) => join(fixtures, f));
const head = join(fixtures, 'pytest-benchmark-5.2.3-slow.json');
const out = 'demo-output';
mkdirSync(out, { recursive: true });

const cli = (format) =>
  spawnSync(
    process.execPath,
    ['dist/cli.js', 'compare', '--head', head, ...history.flatMap((h) => ['--base', h]), '--format', format],
    {
      encoding: 'utf8',
    },
  );

const text = cli('text');
process.stdout.write(text.stdout);
process.stderr.write(text.stderr);
writeFileSync(join(out, 'comment.md'), cli('markdown').stdout);
writeFileSync(join(out, 'report.json'), cli('json').stdout);
console.log(`\nThe PR comment is in ${join(out, 'comment.md')}, the full decision in ${join(out, 'report.json')}.`);
console.log(`Exit code of causal-perf compare: ${text.status} (1 = a rule failed, as intended for this demo).`);
// The demo succeeds when the deliberate regression is caught.
process.exitCode = text.status === 1 ? 0 : 1;
