/**
 * The real Prometheus and Pushgateway (Debian's packages), started on free loopback ports in a
 * temporary directory for a test and stopped after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function ready(url: string, child: ChildProcess, what: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become ready at ${url}`);
}

export interface Monitoring {
  pushgateway: string;
  prometheus: string;
  /** Prometheus's remote-write receiver. */
  remoteWrite: string;
  /** The Alertmanager Prometheus sends its alerts to. */
  alertmanager: string;
  stop(): Promise<void>;
}

/**
 * A Pushgateway, and a Prometheus that scrapes it every second, evaluates `rules` every second, and
 * takes remote writes of old samples (a ten-year out-of-order window, as monitoring/prometheus.yml).
 */
export async function startMonitoring(rules: string): Promise<Monitoring> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-prom-'));
  const [pgPort, promPort, amPort, amCluster] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const pushgateway = `http://127.0.0.1:${pgPort}`;
  const prometheus = `http://127.0.0.1:${promPort}`;
  const alertmanager = `http://127.0.0.1:${amPort}`;
  writeFileSync(
    join(dir, 'alertmanager.yml'),
    ['route: { receiver: tests, group_wait: 0s, group_interval: 1s }', 'receivers: [{ name: tests }]', ''].join('\n'),
  );
  writeFileSync(join(dir, 'rules.yml'), rules);
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'storage: { tsdb: { out_of_order_time_window: 3650d } }',
      'rule_files: [rules.yml]',
      `alerting: { alertmanagers: [{ static_configs: [{ targets: ['127.0.0.1:${amPort}'] }] }] }`,
      'scrape_configs:',
      '  - job_name: pushgateway',
      '    honor_labels: true',
      `    static_configs: [{ targets: ['127.0.0.1:${pgPort}'] }]`,
      '',
    ].join('\n'),
  );
  const children: ChildProcess[] = [
    spawn('prometheus-pushgateway', [`--web.listen-address=127.0.0.1:${pgPort}`, `--persistence.file=${join(dir, 'pg.data')}`], {
      stdio: 'ignore',
    }),
  ];
  children.push(
    spawn(
      'prometheus-alertmanager',
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'am')}`,
        `--web.listen-address=127.0.0.1:${amPort}`,
        `--cluster.listen-address=127.0.0.1:${amCluster}`,
      ],
      { cwd: dir, stdio: 'ignore' },
    ),
  );
  children.push(
    spawn(
      'prometheus',
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'tsdb')}`,
        `--web.listen-address=127.0.0.1:${promPort}`,
        '--web.enable-remote-write-receiver',
      ],
      { cwd: dir, stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode !== null ? undefined : new Promise((r) => c.once('exit', r)))));
  };
  try {
    await ready(`${pushgateway}/-/ready`, children[0] as ChildProcess, 'prometheus-pushgateway');
    await ready(`${alertmanager}/-/ready`, children[1] as ChildProcess, 'prometheus-alertmanager');
    await ready(`${prometheus}/-/ready`, children[2] as ChildProcess, 'prometheus');
  } catch (error) {
    await stop();
    throw error;
  }
  return { pushgateway, prometheus, remoteWrite: `${prometheus}/api/v1/write`, alertmanager, stop };
}

/** Polls a Prometheus query until `accept` holds for its result (or 30 s pass). */
export async function until<T>(url: string, accept: (result: T) => boolean): Promise<T> {
  const end = Date.now() + 30_000;
  let last: T | undefined;
  while (Date.now() < end) {
    const body = (await (await fetch(url)).json()) as { data: T };
    last = body.data;
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting on ${url}; last answer: ${JSON.stringify(last)}`);
}

/** Polls a JSON endpoint (the Alertmanager's API) until `accept` holds for its body (or 30 s pass). */
export async function untilJson<T>(url: string, accept: (body: T) => boolean): Promise<T> {
  const end = Date.now() + 30_000;
  let last: T | undefined;
  while (Date.now() < end) {
    last = (await (await fetch(url)).json()) as T;
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting on ${url}; last answer: ${JSON.stringify(last)}`);
}
