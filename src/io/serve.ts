/** Serves a directory over HTTP on 127.0.0.1, as GitHub Pages serves the gh-pages folder (`causal-perf serve`, tests). */
import type { ServerResponse } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function serveDirectory(root: string, port = 0): Promise<StaticServer> {
  const requests: string[] = [];
  const base = await realpath(root);
  const answer = (res: ServerResponse, code: number, text: string) => {
    res.writeHead(code, { 'content-type': 'text/plain' });
    res.end(text);
  };
  // Loaded here, not at the top: a module that imports node:http by name makes Node build its ESM
  // facade, which loads the whole bundled undici (under Node 24 ~45 ms of CPU at every CLI start,
  // served or not).
  const { createServer } = await import('node:http');
  const server = createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed escape (GET /%ff) is the client's error, not a reason to stop serving.
      return answer(res, 400, 'bad request');
    }
    requests.push(path);
    const file = join(base, normalize(path).replace(/^(\.\.[/\\])+/, ''), path.endsWith('/') ? 'index.html' : '');
    try {
      // Only files inside the folder: a symlink out of it (to /etc, to a secret) is not followed.
      const real = await realpath(file);
      if (real !== base && !real.startsWith(base + sep)) return answer(res, 404, 'not found');
      const body = await readFile(real);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
