/**
 * A local stand-in for the GitHub Actions cache service (v2: Twirp JSON calls plus Azure-blob-style
 * signed URLs), enough for the real @actions/cache library to save and restore. `down` makes every
 * call fail with 503, as during an outage.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheServer {
  url: string;
  entries: Map<string, { key: string; version: string; data?: Buffer; created: number }>;
  calls: string[];
  down: boolean;
  /** Env vars that point @actions/cache at this server. */
  env: Record<string, string>;
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });

export async function startCacheServer(): Promise<CacheServer> {
  let clock = 0;
  const state: CacheServer = { url: '', entries: new Map(), calls: [], down: false, env: {}, close: async () => {} };
  const blobs = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const data = await body(req);
    state.calls.push(`${req.method} ${url.pathname}`);
    if (state.down) {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end('{"code":"unavailable","msg":"service down"}');
      return;
    }
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    const twirp = '/twirp/github.actions.results.api.v1.CacheService/';
    if (url.pathname.startsWith(twirp)) {
      const method = url.pathname.slice(twirp.length);
      const input = JSON.parse(data.toString('utf8') || '{}') as { key: string; version: string; restore_keys?: string[] };
      if (method === 'CreateCacheEntry') {
        if ([...state.entries.values()].some((e) => e.key === input.key && e.version === input.version))
          return json(409, { code: 'already_exists', msg: 'cache entry exists' });
        const id = `${input.key}\u0000${input.version}`;
        state.entries.set(id, { key: input.key, version: input.version, created: ++clock });
        return json(200, { ok: true, signed_upload_url: `${state.url}/acct/cache/${encodeURIComponent(id)}?sig=up` });
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const id = `${input.key}\u0000${input.version}`;
        const entry = state.entries.get(id);
        if (!entry) return json(404, { code: 'not_found', msg: 'no such entry' });
        entry.data = blobs.get(encodeURIComponent(id));
        return json(200, { ok: true, entry_id: String(entry.created) });
      }
      if (method === 'GetCacheEntryDownloadURL') {
        const ready = [...state.entries.values()].filter((e) => e.data && e.version === input.version);
        let hit = ready.find((e) => e.key === input.key);
        for (const prefix of input.restore_keys ?? []) {
          if (hit) break;
          hit = ready.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0];
        }
        if (!hit) return json(200, { ok: false, signed_download_url: '', matched_key: '' });
        const id = encodeURIComponent(`${hit.key}\u0000${hit.version}`);
        return json(200, { ok: true, signed_download_url: `${state.url}/acct/cache/${id}?sig=down`, matched_key: hit.key });
      }
      return json(404, { code: 'bad_route', msg: method });
    }
    const blobId = url.pathname.split('/').pop() ?? '';
    if (req.method === 'PUT') {
      if (url.searchParams.get('comp') === 'block') {
        blobs.set(`${blobId}#${url.searchParams.get('blockid')}`, data);
      } else if (url.searchParams.get('comp') === 'blocklist') {
        const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((m) => m[1]);
        blobs.set(blobId, Buffer.concat(ids.map((i) => blobs.get(`${blobId}#${i}`) ?? Buffer.alloc(0))));
      } else blobs.set(blobId, data);
      res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
      res.end();
      return;
    }
    const entry = [...state.entries.values()].find((e) => encodeURIComponent(`${e.key}\u0000${e.version}`) === blobId);
    if (!entry?.data) {
      res.writeHead(404);
      res.end();
      return;
    }
    const full = entry.data;
    const range = /bytes=(\d+)-(\d+)?/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] !== undefined ? Math.min(Number(range[2]), full.length - 1) : full.length - 1;
    const headers = {
      'content-length': String(end - start + 1),
      'content-type': 'application/octet-stream',
      etag: '"0x1"',
      'last-modified': new Date().toUTCString(),
      'x-ms-blob-type': 'BlockBlob',
      ...(range ? { 'content-range': `bytes ${start}-${end}/${full.length}` } : {}),
    };
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-length': String(full.length) });
      res.end();
      return;
    }
    res.writeHead(range ? 206 : 200, headers);
    res.end(full.subarray(start, end + 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.env = {
    ACTIONS_RESULTS_URL: `${state.url}/`,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
