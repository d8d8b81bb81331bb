// Errors a user can cause. Each carries one sentence that names the file, line or setting
// and the fix; `exitCode` is what the CLI and the Action exit with.

export const EXIT_PASS = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

export class SluiceError extends Error {
  readonly exitCode: number = EXIT_USAGE;
}

/** sluice.yml missing, unreadable or invalid; `file:line:col` is in the message. */
export class ConfigError extends SluiceError {
  override readonly name = 'ConfigError';
}

/** Wrong command-line flags or Action inputs. */
export class UsageError extends SluiceError {
  override readonly name = 'UsageError';
}

/** A database or container runtime that cannot be reached or used. */
export class EngineUnavailableError extends SluiceError {
  override readonly name = 'EngineUnavailableError';
}

export const exitCodeOf = (error: unknown): number =>
  error instanceof SluiceError ? error.exitCode : EXIT_USAGE;
