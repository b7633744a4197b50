// `npm run bench:demo-load -- [RUNS] [HOGS]`: runs `npm run demo` RUNS times (default 10) beside HOGS
// intermittent CPU hogs (default 2; each burns a core 1–6 s, then rests 1–6 s: what a shared runner's
// neighbours look like), and prints how often the deliberate regression was caught, how often
// unchanged code failed, and the extra runs re-measurement spent. Every hog is stopped at the end.
import { spawn } from 'node:child_process';
import { startHogs } from './hogs.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 10);
const hogCount = Number(process.argv[3] ?? 2);
const stop = startHogs(hogCount);

// Each demo's output, for reading a miss or a false alarm afterwards.
const logs = join('.tmp', 'demo-under-load');
mkdirSync(logs, { recursive: true });
let current;
const runDemo = () =>
  new Promise((resolve) => {
    current = spawn('npm', ['run', '-s', 'demo'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    current.stdout.on('data', (d) => (stdout += d));
    current.stderr.on('data', (d) => (stderr += d));
    current.on('close', (code) => resolve({ stdout, stderr, code }));
  });
process.on('exit', () => {
  // The demo and everything it started (the CLI, the suite) form one process group.
  if (current?.pid) {
    try {
      process.kill(-current.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
const rows = [];
try {
  for (let i = 1; i <= runs; i++) {
    // Asynchronous, so a signal to this script stops it (and its hogs) between and during demos.
    const r = await runDemo();
    const out = r.stdout;
    writeFileSync(join(logs, `demo-${i}.txt`), out + r.stderr);
    // The regression run's failing rows: the slowed benchmark must be one, and the family's scaling
    // steeper; a row outside the intervention path is a false alarm.
    const path = new Set([
      'test_intervention_performance',
      'test_intervention_10',
      'test_intervention_50',
      'test_intervention_100',
    ]);
    const failing =
      JSON.parse(/Unexpected: failing rows (\[.*?\])/.exec(out)?.[1] ?? 'null') ??
      (/The deliberate regression was caught/.test(out) ? ['test_intervention_performance'] : []);
    const caught =
      failing.includes('test_intervention_performance') && /^FAIL scaling test_intervention_n time \(steeper\)/m.test(out);
    const falseAlarm = /Unexpected: unchanged code failed/.test(out) || failing.some((n) => !path.has(n));
    const lines = out.split('\n').filter((l) => l.startsWith('run '));
    // A demo that never judged a run did not run at all (no node_modules, a build error): that is
    // not a missed regression, and the figures would be meaningless.
    if (lines.length === 0)
      throw new Error(
        `demo ${i} did not run (exit ${r.code}); its output is in ${join(logs, `demo-${i}.txt`)}:\n${r.stderr.slice(-2000)}`,
      );
    const extras = lines.map((l) => Number(/(\d+) extra runs?/.exec(l)?.[1] ?? 0));
    const seconds = Number(/(\d+) s elapsed/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
    rows.push({ caught, falseAlarm, extras, seconds });
    console.log(
      `demo ${i} of ${runs}: regression ${caught ? 'caught' : 'MISSED'}, unchanged code ${falseAlarm ? 'FAILED' : 'passed'}, extra runs ${extras.join(' ')} (${seconds} s)`,
    );
  }
} finally {
  stop();
}
const caught = rows.filter((r) => r.caught).length;
const alarms = rows.filter((r) => r.falseAlarm).length;
const seedExtras = rows.flatMap((r) => r.extras.slice(0, -1)).sort((a, b) => a - b);
const headExtras = rows.map((r) => r.extras.at(-1) ?? 0).sort((a, b) => a - b);
const q = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(
  `\n| demos beside ${hogCount} CPU hogs | regression caught | demos in which unchanged code failed | extra runs, unchanged runs (median / p90) | extra runs, regression run (median / p90) |`,
);
console.log('|---|---|---|---|---|');
console.log(
  `| ${runs} | ${caught} of ${runs} | ${alarms} of ${runs} | ${q(seedExtras, 0.5)} / ${q(seedExtras, 0.9)} | ${q(headExtras, 0.5)} / ${q(headExtras, 0.9)} |`,
);
process.exitCode = caught === runs && alarms === 0 ? 0 : 1;
