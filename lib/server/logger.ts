import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";
import { serverConfig } from "@/lib/config/server-config";

let shared: Logger | undefined;

/** A structured logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Belt and braces: nothing named like a secret is ever written, whoever logs it.
      redact: {
        paths: [
          "key",
          "*.key",
          "authorization",
          "*.authorization",
          '["x-api-key"]',
          '*["x-api-key"]',
        ],
        censor: "[redacted]",
      },
    },
    // stdout written asynchronously: a busy proxy does not wait on a pipe for each request's
    // line, and pino flushes what is pending when the process exits.
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** The server's one logger, at LOG_LEVEL. */
export function logger(): Logger {
  shared ??= createLogger(serverConfig().LOG_LEVEL);
  return shared;
}

/** Sends the server's log lines elsewhere (tests read them from a stream). */
export function useLogger(replacement: Logger): void {
  shared = replacement;
}
