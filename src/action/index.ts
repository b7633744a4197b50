import { installSignalCleanup } from '../io/cleanup.js';
import { run } from './main.js';
import { shedCredentialEnvironment } from './reexec.js';

// First of all: start again without the credential inputs in the environment block that
// /proc/<pid>/environ shows to every process of this user (the suite included).
const shed = shedCredentialEnvironment();

// A cancelled job (the runner sends SIGINT, then SIGTERM) leaves no suite process or worktree behind.
installSignalCleanup();
void run({ credentials: shed.outcome });
