/**
 * The variables through which Debian's `faketime` shifts the clock of a process tree. Tests that spawn
 * the action with a minimal environment (as the runner does) pass these on, so that `.ci/run`'s
 * month- and year-boundary runs move the clock of the spawned action too, not only of the test process.
 * Empty outside such a run.
 */
export function fakeClockEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => (e[0] === 'LD_PRELOAD' || e[0].startsWith('FAKETIME')) && e[1] !== undefined,
    ),
  );
}
