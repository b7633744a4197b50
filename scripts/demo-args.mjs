// The `causal-perf run` arguments both demos give the example suite: its bundle run into out/results,
// a local history in out/history on branch main, the PR comment written to out/comment.md.
import { join } from 'node:path';

export function demoRunArgs(out, suite) {
  return [
    'dist/cli.js',
    'run',
    '--suite',
    `node --expose-gc ${suite} --out ${join(out, 'results')}`,
    '--output',
    join(out, 'results', '*.json'),
    '--history-dir',
    join(out, 'history'),
    '--name',
    'causal-gym',
    '--branch',
    'main',
    '--markdown',
    join(out, 'comment.md'),
  ];
}
