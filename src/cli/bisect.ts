/**
 * `causal-perf bisect`: the first commit between --good and --bad whose benchmarks break their rule
 * against --good, each probe a same-job A/B in temporary worktrees (src/pipeline/bisect.ts).
 * Exit 0 when found, 1 when unknown, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { readRules } from '../io/rules-file.js';
import { bisect, describeStep, stepChange, type BisectReport } from '../pipeline/bisect.js';
import { cliLog, type CliIO } from './output.js';
import { whole } from './run.js';

const OPTIONS = {
  good: { type: 'string' },
  bad: { type: 'string' },
  suite: { type: 'string' },
  output: { type: 'string', multiple: true },
  tool: { type: 'string' },
  benchmark: { type: 'string', multiple: true },
  setup: { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  'min-rounds': { type: 'string' },
  'max-rounds': { type: 'string' },
  'max-minutes': { type: 'string' },
  'all-parents': { type: 'boolean' },
} as const;

export async function bisectCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: OPTIONS });
  if (!values.good) throw new InputError('bisect: expected --good REF (a commit without the regression)');
  if (!values.suite) throw new InputError('bisect: expected --suite CMD (the command that runs the benchmarks)');
  if (!values.output?.length)
    throw new InputError('bisect: expected --output FILE (the result file(s) the suite writes; globs allowed)');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new InputError(`bisect: --format: expected json or text, got "${format}"`);
  const { rules } = await readRules(values.config);
  const minRounds = whole('--min-rounds', values['min-rounds'] ?? '3', 2, 100);
  const report = await bisect(
    {
      good: values.good,
      bad: values.bad ?? 'HEAD',
      cwd: process.cwd(),
      command: values.suite,
      ...(values.setup ? { setup: values.setup } : {}),
      results: { patterns: values.output, tool: values.tool },
      ...(values.benchmark?.length ? { benchmarks: values.benchmark } : {}),
      allParents: values['all-parents'] ?? false,
      minRounds,
      maxRounds: whole('--max-rounds', values['max-rounds'] ?? '20', minRounds, 100),
      maxMinutes: whole('--max-minutes', values['max-minutes'] ?? '60', 1, 24 * 60),
      rules,
    },
    cliLog(io),
    io.stderr,
    (step, max) => io.stderr(`${describeStep(step, max)}\n`),
  );
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : bisectText(report));
  return report.verdict === 'found' ? 0 : 1;
}

/** The search as a short table, then the verdict. */
export function bisectText(r: BisectReport): string {
  const rows = r.steps.map((s, i) => [
    String(i + 1),
    s.sha.slice(0, 7) + (s.attempt > 1 ? '*' : ''),
    s.result,
    String(s.rounds),
    stepChange(s),
    s.subject.length > 50 ? `${s.subject.slice(0, 49)}…` : s.subject,
  ]);
  const head = ['probe', 'commit', 'result', 'rounds', 'change', 'subject'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((x, c) => x.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  const out = [
    `bisect ${r.good.slice(0, 7)}..${r.bad.slice(0, 7)}: ${r.commits} commit${r.commits === 1 ? '' : 's'}, at most ${r.maxProbes} probes; following ${r.benchmarks.length ? r.benchmarks.join(', ') : 'every benchmark'}`,
    '',
    line(head),
    ...rows.map(line),
    '',
    r.culprit ? `culprit: ${r.culprit.sha.slice(0, 7)} ${r.culprit.subject} (${r.reason})` : `verdict: unknown: ${r.reason}`,
  ];
  if (r.steps.some((s) => s.attempt > 1)) out.push('* a repeated probe: the first could not tell the commit from the good one');
  return out.join('\n') + '\n';
}
