/**
 * A git host for tests: `git http-backend` (the CGI program real hosts build on) served over HTTP on
 * 127.0.0.1, with token auth like GitHub's (`x-access-token:<token>` basic auth), so clone, fetch,
 * push, rejected pushes and partial clone behave as with a real remote.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitServer {
  url: string;
  /** Git URL of a repository under the served root, e.g. `repoUrl('site.git')`. */
  repoUrl(name: string): string;
  /** Every request, with the bytes of its body and of the answer (a push's body is its pack). */
  requests: { method: string; path: string; auth: boolean; bytesIn: number; bytesOut: number }[];
  /** The next `n` push requests are answered 502 Bad Gateway (a host's bad moment). */
  failNextPushes(n: number): void;
  close(): Promise<void>;
}

export interface GitServerOptions {
  /** Token that may read and push; requests without it get 401 (push) or are allowed (read) per `publicRead`. */
  token: string;
  /** A token that may only read (pushes answer 403, as GitHub does for a read-only token). */
  readOnlyToken?: string;
  publicRead?: boolean;
}

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

/** A bare repository that allows partial clone (GitHub does). */
export function initBareRepo(path: string): void {
  execFileSync('git', ['init', '-q', '--bare', path]);
  execFileSync('git', ['-C', path, 'config', 'uploadpack.allowFilter', 'true']);
  execFileSync('git', ['-C', path, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
  execFileSync('git', ['-C', path, 'config', 'http.receivepack', 'true']);
}

function tokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (!header || !/^basic /i.test(header)) return undefined;
  const [, password] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
  return password;
}

export async function startGitServer(root: string, options: GitServerOptions): Promise<GitServer> {
  const requests: GitServer['requests'] = [];
  let failing = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const token = tokenOf(req);
    const pushing = url.pathname.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack';
    const seen = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      auth: token !== undefined,
      bytesIn: 0,
      bytesOut: 0,
    };
    requests.push(seen);
    req.on('data', (chunk: Buffer) => (seen.bytesIn += chunk.length));
    const canRead = options.publicRead || token === options.token || (token !== undefined && token === options.readOnlyToken);
    if ((pushing && token === undefined) || !canRead) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' });
      res.end('authentication required\n');
      return;
    }
    if (pushing && failing > 0) {
      failing--;
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('Bad Gateway\n');
      return;
    }
    if (pushing && token !== options.token) {
      res.writeHead(403, { 'Content-Type': 'text/plain' });
      res.end('Permission to push denied\n');
      return;
    }
    const cgi = spawn(HTTP_BACKEND, [], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: token ? 'x-access-token' : '',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headerDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      seen.bytesOut += chunk.length;
      if (headerDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headerDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':');
        const key = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[key] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
    cgi.stderr.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    repoUrl: (name) => `${url}/${name}`,
    requests,
    failNextPushes: (n) => {
      failing = n;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
