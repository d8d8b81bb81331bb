// Types for servers.mjs (plain JS so the test runner starts before tsx), for TypeScript callers.
export interface StartedServer {
  url: string;
  limitedUrl: string;
  adminUrl: string;
  stop(): Promise<void>;
}
export function startPostgres(): Promise<StartedServer>;
export function startMariadb(): Promise<StartedServer>;
export function findProgram(program: string): string | undefined;
export function findPostgresBinDir(): string | undefined;
