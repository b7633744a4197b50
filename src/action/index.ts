import { installSignalCleanup } from '../io/cleanup.js';
import { run } from './main.js';

// A cancelled job (the runner sends SIGINT, then SIGTERM) leaves no suite process or worktree behind.
installSignalCleanup();
void run();
