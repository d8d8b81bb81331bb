// A fake GitHub REST API on loopback, speaking the routes Sluice uses, with GitHub's own
// status codes, messages and Link-header pagination. Tests point GITHUB_API_URL (or a
// RunContext's apiUrl) at `url` and assert on what a user would see: the comments on the
// pull request and the requests made.
//
//   GET   /repos/{o}/{r}/issues/{n}/comments    ?per_page (≤ maxPageSize, default 30) &page
//   POST  /repos/{o}/{r}/issues/{n}/comments
//   PATCH /repos/{o}/{r}/issues/comments/{id}
//   GET   /repos/{o}/{r}/issues/{n}/labels
//   GET   /repos/{o}/{r}/issues/{n}/events       (labeled events only)
//   GET   /repos/{o}/{r}/pulls/{n}
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * normal; forbidden: writes get 403 "Resource not accessible by integration" as with a
 * read-only token (fork pull requests), reads work; flaky: the next request gets 502, then
 * normal; down: every request gets 502; not-found: every request gets 404.
 */
export type ApiMode = 'normal' | 'forbidden' | 'flaky' | 'down' | 'not-found';

export interface ApiUser {
  login: string;
  type: 'User' | 'Bot';
}

export const BOT: ApiUser = { login: 'github-actions[bot]', type: 'Bot' };
export const USER: ApiUser = { login: 'octocat', type: 'User' };

export interface ApiComment {
  id: number;
  /** The issue or pull request number it belongs to. */
  issue: number;
  body: string;
  user: ApiUser;
  html_url: string;
}

export interface SeedComment {
  body: string;
  issue?: number;
  user?: ApiUser;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface GitHubApiOptions {
  /** owner/repo the routes answer for; others get 404. Default octo-org/shop. */
  repository?: string;
  /** Existing comments, on `issue` (default 7) by `user` (default USER). */
  comments?: SeedComment[];
  /** The most items one page holds, whatever per_page asks (GitHub: 100). */
  maxPageSize?: number;
  labels?: Record<number, string[]>;
  /** `labeled` events, oldest first: who added which label. */
  labelEvents?: Record<number, { label: string; login: string }[]>;
  pulls?: Record<number, { headSha: string; headRepoFullName: string }>;
  /** When set, any other Authorization gets 401 Bad credentials. */
  token?: string;
}

export interface FakeGitHubApi {
  url: string;
  /** The live comment store: seeded, then changed by POST and PATCH. */
  comments: ApiComment[];
  requests: RecordedRequest[];
  setMode(mode: ApiMode): void;
  close(): Promise<void>;
}

export const DEFAULT_ISSUE = 7;
const DOCS = 'https://docs.github.com/rest';

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<FakeGitHubApi> {
  const repository = options.repository ?? 'octo-org/shop';
  const maxPageSize = options.maxPageSize ?? 100;
  const comments: ApiComment[] = [];
  const requests: RecordedRequest[] = [];
  let mode: ApiMode = 'normal';
  let nextId = 1000;
  let url = '';

  const addComment = (issue: number, body: string, user: ApiUser): ApiComment => {
    const id = nextId++;
    const comment = { id, issue, body, user, html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${id}` };
    comments.push(comment);
    return comment;
  };
  for (const seed of options.comments ?? []) addComment(seed.issue ?? DEFAULT_ISSUE, seed.body, seed.user ?? USER);

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(data));
      };
      const fail = (status: number, message: string) => send(status, { message, documentation_url: DOCS, status: String(status) });

      if (mode === 'flaky' || mode === 'down') {
        if (mode === 'flaky') mode = 'normal';
        return fail(502, 'Server Error');
      }
      if (mode === 'not-found') return fail(404, 'Not Found');
      if (options.token && req.headers.authorization !== `Bearer ${options.token}` && req.headers.authorization !== `token ${options.token}`) {
        return fail(401, 'Bad credentials');
      }
      const method = req.method ?? 'GET';
      if (mode === 'forbidden' && method !== 'GET') return fail(403, 'Resource not accessible by integration');

      const requestUrl = new URL(req.url ?? '/', url);
      const prefix = `/repos/${repository}/`;
      if (!requestUrl.pathname.startsWith(prefix)) return fail(404, 'Not Found');
      const route = requestUrl.pathname.slice(prefix.length);
      let input: { body?: unknown } = {};
      try {
        input = body ? (JSON.parse(body) as { body?: unknown }) : {};
      } catch {
        return fail(400, 'Problems parsing JSON');
      }

      let match: RegExpExecArray | null;
      if ((match = /^issues\/(\d+)\/comments$/.exec(route))) {
        const issue = Number(match[1]);
        if (method === 'GET') {
          const onIssue = comments.filter((c) => c.issue === issue);
          return sendPage(requestUrl, onIssue, maxPageSize, send);
        }
        if (method === 'POST') {
          if (typeof input.body !== 'string') return fail(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
          return send(201, addComment(issue, input.body, BOT));
        }
      } else if ((match = /^issues\/comments\/(\d+)$/.exec(route)) && method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(match![1]));
        if (!comment) return fail(404, 'Not Found');
        if (typeof input.body !== 'string') return fail(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        comment.body = input.body;
        return send(200, comment);
      } else if ((match = /^issues\/(\d+)\/labels$/.exec(route)) && method === 'GET') {
        const labels = (options.labels?.[Number(match[1])] ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' }));
        return sendPage(requestUrl, labels, maxPageSize, send);
      } else if ((match = /^issues\/(\d+)\/events$/.exec(route)) && method === 'GET') {
        const events = (options.labelEvents?.[Number(match[1])] ?? []).map((e, i) => ({ id: i + 1, event: 'labeled', actor: { login: e.login, type: 'User' }, label: { name: e.label, color: 'ededed' } }));
        return sendPage(requestUrl, events, maxPageSize, send);
      } else if ((match = /^pulls\/(\d+)$/.exec(route)) && method === 'GET') {
        const pull = options.pulls?.[Number(match[1])];
        if (!pull) return fail(404, 'Not Found');
        return send(200, { number: Number(match[1]), head: { sha: pull.headSha, repo: { full_name: pull.headRepoFullName } } });
      }
      return fail(404, 'Not Found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    comments,
    requests,
    setMode: (next) => {
      mode = next;
    },
    // Safe to call twice: a test may close the server early to make GitHub unreachable.
    close: () => new Promise<void>((resolve, reject) => {
      if (!server.listening) return resolve();
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

/** One page of `items` with GitHub's Link header (next, last, first, prev). */
function sendPage<T>(requestUrl: URL, items: T[], maxPageSize: number, send: (status: number, data: unknown, headers?: Record<string, string>) => void) {
  const perPage = Math.min(Math.max(Number(requestUrl.searchParams.get('per_page')) || 30, 1), maxPageSize);
  const page = Math.max(Number(requestUrl.searchParams.get('page')) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const linkTo = (n: number) => {
    const target = new URL(requestUrl);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(n));
    return target.href;
  };
  const links: string[] = [];
  if (page < last) links.push(`<${linkTo(page + 1)}>; rel="next"`, `<${linkTo(last)}>; rel="last"`);
  if (page > 1) links.push(`<${linkTo(1)}>; rel="first"`, `<${linkTo(page - 1)}>; rel="prev"`);
  send(200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
}
