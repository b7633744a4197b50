/** One remote-write series: its labels (with `__name__`, sorted by name) and its samples (Unix ms). */
export interface Timeseries {
  labels: Record<string, string>;
  samples: { value: number; timestamp: number }[];
}

export interface RemoteWriteTarget {
  /** The receiver's endpoint, e.g. http://prometheus:9090/api/v1/write. */
  url: string;
  /** A bearer token (Mimir, Grafana Cloud, a proxy), or basic auth as "user:password". */
  token?: string;
  basic?: string;
  timeoutMs?: number;
}

/** Series per request: receivers limit a request's size (Mimir 10 MiB); a few thousand series stay far under it. */
const BATCH = 2_000;

/**
 * Sends series with the Prometheus remote-write protocol (protobuf + snappy, via prometheus-remote-write,
 * loaded only when used). Throws with the receiver's status and answer when it does not accept them.
 */
export async function remoteWrite(target: RemoteWriteTarget, series: readonly Timeseries[]): Promise<number> {
  if (series.length === 0) return 0;
  // A CommonJS module: bundled, its exports arrive as the default export.
  const mod = (await import('prometheus-remote-write')) as typeof import('prometheus-remote-write') & {
    default?: typeof import('prometheus-remote-write');
  };
  const pushTimeseries = mod.default?.pushTimeseries ?? mod.pushTimeseries;
  const headers: Record<string, string> = { 'X-Prometheus-Remote-Write-Version': '0.1.0', 'User-Agent': 'causal-perf' };
  if (target.token) headers.Authorization = `Bearer ${target.token}`;
  else if (target.basic) headers.Authorization = `Basic ${Buffer.from(target.basic).toString('base64')}`;
  const timeout = target.timeoutMs ?? 15_000;
  const post = ((url: string, init: { method: string; headers: Record<string, string>; body: ArrayBufferLike }) =>
    fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body as unknown as BodyInit,
      signal: AbortSignal.timeout(timeout),
    })) as never;
  for (let i = 0; i < series.length; i += BATCH) {
    const result = await pushTimeseries(series.slice(i, i + BATCH) as never, { url: target.url, headers, fetch: post });
    if (result.status < 200 || result.status > 299)
      throw new Error(
        `${target.url} answered ${result.status} ${result.statusText}${result.errorMessage ? `: ${result.errorMessage.trim()}` : ''}`,
      );
  }
  return series.length;
}
