import type { ServerControl } from '../engine.js';

/** A server started from the machine's binaries: reached by URL, crashed and restarted by `control`. */
export interface LocalServer {
  /** The admin URL (the server's superuser over loopback, a random password): a secret. */
  url: string;
  control: ServerControl;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}
