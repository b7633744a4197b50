// What a shared runner's neighbours look like, for the evaluations that run beside them
// (bench:demo-load, bench:busy, bench:ab --hogs): each hog is a separate node process that burns a
// core 1–6 s, then rests 1–6 s, for at most an hour. Every hog is killed when the evaluation exits,
// is interrupted, or calls the returned stop().
import { spawn } from 'node:child_process';

const HOG = `
const until = Date.now() + 3600e3;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => { while (Date.now() < until) {
  const burn = Date.now() + 1000 + Math.random() * 5000; while (Date.now() < burn) {}
  await pause(1000 + Math.random() * 5000);
} })();`;

/** Starts `count` intermittent CPU hogs; returns what stops them all (safe to call twice). */
export function startHogs(count) {
  const hogs = Array.from({ length: count }, () => spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' }));
  const stop = () => hogs.forEach((h) => h.kill('SIGKILL'));
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  return stop;
}
