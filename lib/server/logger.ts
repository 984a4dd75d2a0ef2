import "server-only";
import pino, { type Logger } from "pino";
import { serverConfig } from "@/lib/proxy/config";

let shared: Logger | undefined;

/** The server's one structured logger: JSON lines on stdout at LOG_LEVEL. */
export function logger(): Logger {
  shared ??= pino({
    level: serverConfig().LOG_LEVEL,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    // Belt and braces: nothing named like a secret is ever written, whoever logs it.
    redact: {
      paths: ["key", "*.key", "authorization", "*.authorization", "x-api-key", "*.x-api-key"],
      censor: "[redacted]",
    },
  });
  return shared;
}
