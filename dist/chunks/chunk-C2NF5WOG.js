import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);

// src/report/labels.ts
function sampleTime(commitTimestamp, fallback) {
  const committed = commitTimestamp ? new Date(commitTimestamp) : void 0;
  return committed && Number.isFinite(committed.getTime()) ? committed : fallback;
}
function defaultTestbed(env = process.env) {
  return env.RUNNER_OS && env.RUNNER_ARCH ? `${env.RUNNER_OS}-${env.RUNNER_ARCH}` : `${process.platform}-${process.arch}`;
}

export {
  sampleTime,
  defaultTestbed
};
