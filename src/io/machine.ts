import { cpus } from 'node:os';

/** The machine a run was measured on, kept with the run (the runner's image, CPU, Node). */
export function machineFacts(env: NodeJS.ProcessEnv = process.env): Record<string, string | number> {
  const facts: Record<string, string | number> = { cpus: cpus().length, node: process.version };
  const model = cpus()[0]?.model;
  if (model) facts.cpu = model.trim();
  for (const [key, name] of [
    ['os', 'RUNNER_OS'],
    ['arch', 'RUNNER_ARCH'],
    ['runner', 'RUNNER_ENVIRONMENT'],
    ['image', 'ImageOS'],
  ] as const) {
    const v = env[name];
    if (v) facts[key] = v;
  }
  return facts;
}
