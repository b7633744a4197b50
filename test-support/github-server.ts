/**
 * A local server that answers like api.github.com for the endpoints the action uses (issue comments:
 * list with pagination and Link headers, create, update; commit comments: create), and checks every request against GitHub's
 * published OpenAPI description (@octokit/openapi): the endpoint exists, query and path parameters are
 * declared and well-typed, and the JSON body matches the operation's request schema.
 */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { type?: string } }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
}
type Spec = { paths: Record<string, Record<string, Operation>> };

let spec: Spec | undefined;
let matchers: { regex: RegExp; template: string; names: string[] }[] = [];
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

function loadSpec(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  matchers = Object.keys(spec.paths).map((template) => {
    const names: string[] = [];
    const regex = new RegExp(
      '^' +
        template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => {
          names.push(n);
          return '([^/]+)';
        }) +
        '$',
    );
    return { regex, template, names };
  });
  return spec;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  authorization?: string;
  violations: string[];
}

/** Checks one request against the OpenAPI description; returns the operation and any violations. */
export function checkAgainstOpenApi(method: string, url: URL, body: unknown): { operation?: Operation; violations: string[] } {
  const s = loadSpec();
  const violations: string[] = [];
  const hits = matchers.filter((m) => m.regex.test(url.pathname));
  // Prefer literal templates over parameterised ones (e.g. /issues/comments/{id} over /issues/{n}/…).
  const found = hits
    .map((m) => ({ m, op: s.paths[m.template]?.[method.toLowerCase()] }))
    .filter((x) => x.op)
    .sort((a, b) => a.m.names.length - b.m.names.length)[0];
  if (!found?.op) return { violations: [`${method} ${url.pathname}: no such operation in GitHub's OpenAPI description`] };
  const { m, op } = found;
  const values = m.regex.exec(url.pathname)!.slice(1);
  for (const p of op.parameters ?? []) {
    if (p.in === 'path') {
      const v = decodeURIComponent(values[m.names.indexOf(p.name)] ?? '');
      if (p.schema?.type === 'integer' && !/^\d+$/.test(v))
        violations.push(`${op.operationId}: path parameter ${p.name} must be an integer, got "${v}"`);
    }
    if (p.in === 'query' && p.required && !url.searchParams.has(p.name))
      violations.push(`${op.operationId}: missing query parameter ${p.name}`);
  }
  const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
  for (const key of url.searchParams.keys())
    if (!declared.has(key)) violations.push(`${op.operationId}: undeclared query parameter ${key}`);
  const schema = op.requestBody?.content['application/json']?.schema;
  if (op.requestBody?.required && body === undefined) violations.push(`${op.operationId}: request body required`);
  if (schema && body !== undefined) {
    const validate = ajv.compile(schema);
    if (!validate(body)) violations.push(`${op.operationId}: body ${ajv.errorsText(validate.errors)}`);
  }
  if (!schema && body !== undefined) violations.push(`${op.operationId}: takes no request body`);
  return { operation: op, violations };
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string };
  created_at: string;
  updated_at: string;
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, Comment[]>;
  /** Commit comments by commit sha. */
  commitComments: Map<string, Comment[]>;
  /** Answer the next N requests with 502, as GitHub does in a bad minute. */
  failNext: number;
  close(): Promise<void>;
}

export async function startGitHubServer(options: {
  owner: string;
  repo: string;
  token: string;
  readOnlyToken?: string;
}): Promise<GitHubServer> {
  loadSpec();
  let nextId = 1000;
  const state: GitHubServer = {
    url: '',
    requests: [],
    comments: new Map(),
    commitComments: new Map(),
    failNext: 0,
    close: async () => {},
  };
  /** A comment the workflow's own token writes. */
  const newComment = (body: unknown): Comment => {
    const now = new Date().toISOString();
    return {
      id: nextId++,
      body: (body as { body: string }).body,
      user: { login: 'github-actions[bot]' },
      created_at: now,
      updated_at: now,
    };
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', state.url);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const method = req.method ?? 'GET';
      const { operation, violations } = checkAgainstOpenApi(method, url, body);
      const record: RecordedRequest = {
        method,
        path: url.pathname + url.search,
        operationId: operation?.operationId,
        status: 0,
        body,
        authorization: req.headers.authorization,
        violations,
      };
      state.requests.push(record);
      const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        res.writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'x-github-media-type': 'github.v3; format=json',
          ...headers,
        });
        res.end(value === undefined ? '' : JSON.stringify(value));
      };
      if (state.failNext > 0) {
        state.failNext--;
        return send(502, { message: 'Server Error' });
      }
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (token !== options.token && token !== options.readOnlyToken)
        return send(401, { message: 'Bad credentials', status: '401' });
      // Any repository of the owner (tests give each case its own).
      const repoName = /^\/repos\/[^/]+\/([^/]+)/.exec(url.pathname)?.[1] ?? options.repo;
      const base = `/repos/${options.owner}/${repoName}`;
      const asApi = (c: Comment, issue: number) => ({
        ...c,
        node_id: `IC_${c.id}`,
        url: `${state.url}${base}/issues/comments/${c.id}`,
        html_url: `https://github.com/${options.owner}/${repoName}/pull/${issue}#issuecomment-${c.id}`,
        issue_url: `${state.url}${base}/issues/${issue}`,
        author_association: 'NONE',
      });
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const onCommit = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{7,40})\/comments$/.exec(url.pathname);
      if (!url.pathname.startsWith(base + '/')) return send(404, { message: 'Not Found' });
      const writing = method !== 'GET';
      if (writing && token === options.readOnlyToken)
        return send(403, { message: 'Resource not accessible by integration', status: '403' });
      if (list && method === 'GET') {
        const issue = Number(list[1]);
        const all = state.comments.get(issue) ?? [];
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) => `<${state.url}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        const links = [];
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        return send(
          200,
          all.slice((page - 1) * perPage, page * perPage).map((c) => asApi(c, issue)),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (list && method === 'POST' && violations.length === 0) {
        const issue = Number(list[1]);
        const c = newComment(body);
        state.comments.set(issue, [...(state.comments.get(issue) ?? []), c]);
        return send(201, asApi(c, issue), { location: `${state.url}${base}/issues/comments/${c.id}` });
      }
      if (onCommit && method === 'POST' && violations.length === 0) {
        const sha = onCommit[1]!;
        const c = newComment(body);
        state.commitComments.set(sha, [...(state.commitComments.get(sha) ?? []), c]);
        return send(201, {
          ...c,
          node_id: `CC_${c.id}`,
          url: `${state.url}${base}/comments/${c.id}`,
          html_url: `https://github.com/${options.owner}/${repoName}/commit/${sha}#commitcomment-${c.id}`,
          commit_id: sha,
          path: null,
          position: null,
          line: null,
          author_association: 'NONE',
        });
      }
      if (one && method === 'PATCH' && violations.length === 0) {
        for (const [issue, cs] of state.comments) {
          const c = cs.find((x) => x.id === Number(one[1]));
          if (c) {
            c.body = (body as { body: string }).body;
            c.updated_at = new Date().toISOString();
            return send(200, asApi(c, issue));
          }
        }
        return send(404, { message: 'Not Found' });
      }
      return send(violations.length ? 422 : 404, { message: violations.join('; ') || 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
