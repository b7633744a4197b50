import { installSignalCleanup } from '../io/cleanup.js';
import { run } from './main.js';
import type { Shed } from './reexec.js';

/** The action proper, loaded by the entry point (index.ts) once the credentials are out of its environment. */
export function start(credentials: Shed['outcome']): void {
  // A cancelled job (the runner sends SIGINT, then SIGTERM) leaves no suite process or worktree behind.
  installSignalCleanup();
  void run({ credentials });
}
