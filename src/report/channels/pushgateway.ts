import type { RunFacts } from '../metrics.js';
import type { Channel } from './channel.js';

export interface PushTarget {
  url: string;
  /** A bearer token for a Pushgateway behind a proxy that asks for one. */
  token?: string;
  /** Basic auth, "user:password". */
  basic?: string;
  timeoutMs?: number;
}

/**
 * The run's metrics to a Pushgateway, as one group per {job="causal_perf", suite, testbed}: a PUT,
 * so each run replaces the suite's previous group (no stale benchmarks linger). Best-effort.
 */
export function pushgatewayChannel(target: PushTarget, run: () => RunFacts): Channel {
  return {
    what: 'push the metrics to the Pushgateway',
    required: false,
    async publish(decision, { log }) {
      const facts = run();
      // prom-client is loaded only by runs that push (it is a fifth of what a start would load).
      const { Pushgateway, metricsRegistry } = await import('../metrics.js');
      const registry = metricsRegistry(undefined, decision, facts);
      const gateway = new Pushgateway(
        target.url,
        { timeout: target.timeoutMs ?? 10_000, headers: authorization(target) },
        registry,
      );
      await gateway.push({ jobName: 'causal_perf', groupings: groupingLabels({ suite: facts.suite, testbed: facts.testbed }) });
      log.info(`Pushed the metrics to ${target.url} (group suite="${facts.suite}", testbed="${facts.testbed}").`);
    },
  };
}

function authorization(target: PushTarget): Record<string, string> {
  if (target.token) return { Authorization: `Bearer ${target.token}` };
  if (target.basic) return { Authorization: `Basic ${Buffer.from(target.basic).toString('base64')}` };
  return {};
}

/**
 * The grouping key as the Pushgateway reads it from the URL path: a value with "/" (or an empty one)
 * cannot be a path segment, so it goes in the Pushgateway's own `<label>@base64` form (URL-safe base64).
 */
export function groupingLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(labels).map(([k, v]) =>
      v === '' || v.includes('/') ? [`${k}@base64`, Buffer.from(v).toString('base64url') || '='] : [k, v],
    ),
  );
}
