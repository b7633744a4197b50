/**
 * What must not outlive a cancelled job: the suite's processes and the temporary worktrees. The runner
 * cancels a job with SIGINT, then SIGTERM; on either, every running command's process group is
 * killed and every registered cleanup runs (within a few seconds) before the process exits.
 */
const cleanups = new Set<() => Promise<void> | void>();
const groups = new Set<number>();

/** Registers a cleanup; the returned function unregisters it (call it when the work ends normally). */
export function onCleanup(fn: () => Promise<void> | void): () => void {
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}

/** A started command's process group (its pid), killed on a signal; the returned function forgets it. */
export function trackGroup(pid: number): () => void {
  groups.add(pid);
  return () => void groups.delete(pid);
}

/** Kills a process group, or the process alone where groups do not exist. */
export function killGroup(pid: number): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

let installed = false;
const GRACE_MS = 5000;

/** Once per process (the action's and the CLI's entry): cleanup on SIGINT and SIGTERM, then exit. */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  const stop = (code: number) => async () => {
    if (stopping) return;
    stopping = true;
    for (const pid of groups) killGroup(pid);
    const all = Promise.allSettled([...cleanups].map(async (fn) => fn()));
    await Promise.race([all, new Promise((r) => setTimeout(r, GRACE_MS))]);
    process.exit(code);
  };
  process.on('SIGINT', stop(130));
  process.on('SIGTERM', stop(143));
}
