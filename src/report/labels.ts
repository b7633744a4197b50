/**
 * Labels every channel and entry point needs (the testbed, the time samples carry), apart from the
 * metrics registry so that importing them does not load prom-client.
 */

/** The time a run's samples carry: its commit's, when the commit has a valid one, else `fallback`. */
export function sampleTime(commitTimestamp: string | undefined, fallback: Date): Date {
  const committed = commitTimestamp ? new Date(commitTimestamp) : undefined;
  return committed && Number.isFinite(committed.getTime()) ? committed : fallback;
}

/** The runner's testbed label: `Linux-X64` on a GitHub runner, the platform and architecture elsewhere. */
export function defaultTestbed(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_OS && env.RUNNER_ARCH ? `${env.RUNNER_OS}-${env.RUNNER_ARCH}` : `${process.platform}-${process.arch}`;
}
