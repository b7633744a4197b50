import { remoteWrite, type RemoteWriteTarget } from '../../io/remote-write.js';
import type { RunFacts } from '../metrics.js';
import type { Channel } from './channel.js';

/**
 * The run's metrics to a Prometheus remote-write receiver (Prometheus with
 * --web.enable-remote-write-receiver, Mimir, Thanos Receive, VictoriaMetrics), stamped with the
 * commit's time rather than now, so the store holds the benchmark history itself. Best-effort.
 */
export function remoteWriteChannel(target: RemoteWriteTarget, run: () => RunFacts & { sampleTime: Date }): Channel {
  return {
    what: 'remote-write the metrics',
    required: false,
    async publish(decision, { log }) {
      const facts = run();
      const { metricsTimeseries } = await import('../metrics.js');
      const series = await metricsTimeseries(undefined, decision, facts, facts.sampleTime.getTime());
      await remoteWrite(target, series);
      log.info(`Remote-wrote ${series.length} series to ${target.url}, stamped ${facts.sampleTime.toISOString()}.`);
    },
  };
}
