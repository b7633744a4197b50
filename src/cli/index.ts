import { installSignalCleanup } from '../io/cleanup.js';
import { main } from './main.js';

// Ctrl-C (or a cancelled CI job) leaves no suite process or worktree behind.
installSignalCleanup();

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not the user's fault: say so plainly, keep the stack for a bug report.
    process.stderr.write(
      `causal-perf: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
