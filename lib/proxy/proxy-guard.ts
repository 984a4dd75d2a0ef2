import type { KeyChoice } from "./key-choice";
import type { Refusal } from "./refusal";

/** How a proxied body ended. */
export type BodyOutcome = "complete" | "idle_timeout" | "upstream_broke" | "client_cancelled";

/** Sees each chunk of a proxied body as it passes, and how the body ended. */
export interface BodyWatcher {
  chunk?(bytes: Uint8Array): void;
  end?(outcome: BodyOutcome): void;
}

/**
 * What the route handlers put around the proxy for the server key: who may use it, its limits,
 * and the record of each request. The proxy calls the hooks in order; tests may leave it out.
 */
export interface ProxyGuard {
  /** Before the body is read: refuses, or settles which key the request really uses. */
  access(choice: KeyChoice): Promise<KeyChoice | Refusal>;
  /** With the parsed body (POST endpoints), before anything goes upstream. */
  admit(choice: KeyChoice, body: Record<string, unknown> | undefined): Promise<Refusal | undefined>;
  /** Watches the body passed through to the client. */
  readonly watcher: BodyWatcher;
  /** A problem worth a word in the request's log line (e.g. `undecodable_body`). */
  note(problem: string): void;
  /** Sees the response as it leaves, once; `watched` says whether `watcher` will report its end. */
  respond(response: Response, watched: boolean): Response;
}
