// Keeps what a benchmark script prints as a committed figures file (bench/results/<name>.md), so the
// README's figure tables are spliced from the last full run instead of being copied by hand
// (scripts/readme-figures.mjs; a test checks the README matches these files).
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * From now on, console.log also goes into the figures file of `name`; `finish()` writes it. Call
 * `finish` only after a complete, default run: a partial run or a run with other settings must not
 * replace the published figures.
 */
export function recordFigures(name: string, settings: string): { finish(complete: boolean): void } {
  const lines: string[] = [];
  const log = console.log.bind(console);
  console.log = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    log(...args);
  };
  return {
    finish(complete) {
      console.log = log;
      if (!complete) {
        log(`\n(bench/results/${name}.md not rewritten: not a complete run with the default settings)`);
        return;
      }
      const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}`;
      const head = [
        `<!-- written by \`npm run bench:${name}\`; do not edit: the README's figure tables are spliced from here -->`,
        '',
        `# bench:${name} — ${new Date().toISOString().slice(0, 10)}, ${machine}, ${settings}`,
      ];
      writeFileSync(
        `bench/results/${name}.md`,
        [...head, ...lines]
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trimEnd() + '\n',
      );
      log(`\nWrote bench/results/${name}.md`);
    },
  };
}
