// The few REST calls Sluice makes, over plain fetch rather than @actions/github's Octokit:
// the base URL is simply the context's apiUrl (GITHUB_API_URL, GHES included), the one retry
// and the error sentences are ours to decide, pagination is a Link header away, and nothing
// in an error object can carry the token (Octokit's RequestError keeps the request around).
import type { RunContext } from './context.js';

const RETRY_DELAY_MS = 500;
const REQUEST_TIMEOUT_MS = 30_000;

/** A call GitHub answered with an error status, or that never got an answer (status 0). */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    readonly status: number,
    /** GitHub's own `message`, or the network failure; never contains the token. */
    readonly detail: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(`${method} ${path}: ${status === 0 ? detail : `${status} ${detail}`}`);
  }
}

export interface GitHubResponse<T> {
  data: T;
  /** Absolute URL of the next page (same origin as apiUrl only), from the Link header. */
  nextUrl: string | undefined;
}

export interface GitHubClient {
  request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<GitHubResponse<T>>;
  /** Every item of a paginated list, 100 per page. */
  paginate<T>(path: string): Promise<T[]>;
}

export function gitHubClient(context: Pick<RunContext, 'apiUrl'>, token: string): GitHubClient {
  const origin = new URL(context.apiUrl).origin;
  const hide = (text: string) => hideToken(text, token);

  async function once<T>(method: string, url: string, body: unknown): Promise<GitHubResponse<T>> {
    const path = new URL(url).pathname;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'user-agent': 'sluice',
          'x-github-api-version': '2022-11-28',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new GitHubApiError(0, hide(cause ?? (error instanceof Error ? error.message : String(error))), method, path);
    }
    const text = await response.text();
    if (!response.ok) {
      let detail = response.statusText;
      try {
        detail = String((JSON.parse(text) as { message?: unknown }).message ?? detail);
      } catch {
        // Not JSON (a proxy's HTML page): the status text will do.
      }
      throw new GitHubApiError(response.status, hide(detail.slice(0, 300)), method, path);
    }
    return { data: (text ? JSON.parse(text) : undefined) as T, nextUrl: nextLink(response.headers.get('link'), origin) };
  }

  async function request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<GitHubResponse<T>> {
    const url = pathOrUrl.startsWith('/') ? context.apiUrl + pathOrUrl : pathOrUrl;
    try {
      return await once<T>(method, url, body);
    } catch (error) {
      // Only what may pass on its own gets a second try: no answer, or GitHub's 5xx.
      if (!(error instanceof GitHubApiError) || (error.status !== 0 && error.status < 500)) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      return once<T>(method, url, body);
    }
  }

  async function paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; next && page < 100; page++) {
      const response: GitHubResponse<T[]> = await request<T[]>('GET', next);
      items.push(...(Array.isArray(response.data) ? response.data : []));
      next = response.nextUrl;
    }
    return items;
  }

  return { request, paginate };
}

/** `text` with every occurrence of the token replaced, for messages built from GitHub's answers. */
export const hideToken = (text: string, token: string): string => (token ? text.split(token).join('***') : text);

/** The rel="next" URL, kept only on the API's own origin so the token never goes elsewhere. */
function nextLink(header: string | null, origin: string): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (!match) continue;
    try {
      const url = new URL(match[1]!);
      return url.origin === origin ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
