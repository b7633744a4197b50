import { shedCredentialEnvironment } from './reexec.js';

// First of all: start again without the credential inputs in the environment block that
// /proc/<pid>/environ shows to every process of this user (the suite included). The action itself is
// loaded only after that: an image about to be replaced would load all of it for nothing (measured
// under Node 24 with the default github-token: 225 ms of CPU to start instead of 173).
const shed = shedCredentialEnvironment();
const { start } = await import('./start.js');
start(shed.outcome);
