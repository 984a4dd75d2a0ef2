import "server-only";
import { z } from "zod";
import { ZENMUX_BASE_URL } from "@/lib/anthropic/protocol";
import type { ServerMode } from "@/lib/playground/server-mode";

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const configSchema = z.object({
  ZENMUX_API_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .regex(/^\S+$/, "must be a single token without spaces (copy it again from zenmux.ai)")
      .optional(),
  ),
  ZENMUX_BASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: "must be an http(s) URL such as https://zenmux.ai/api/anthropic",
      })
      .transform((url) => url.replace(/\/+$/, ""))
      .default(ZENMUX_BASE_URL),
  ),
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
  ),
  /** The emulator's pace in tokens per second; tests and benchmarks raise it. */
  EMULATOR_TOKENS_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "must be a number of tokens per second" })
      .positive("must be greater than 0")
      .default(40),
  ),
});

export type ServerConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates an environment; the message names each bad variable and how to fix it. */
export function parseConfig(env: Record<string, string | undefined>): ServerConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
  );
  throw new ConfigError(
    `Invalid configuration:\n${problems.join("\n")}\nFix these in your environment or .env.local (see .env.example).`,
  );
}

let cached: ServerConfig | undefined;

/** The server's configuration, validated once. */
export function serverConfig(): ServerConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** ZenMux when the server holds a key; the built-in emulator otherwise. */
export function serverMode(config: ServerConfig = serverConfig()): ServerMode {
  return config.ZENMUX_API_KEY ? "zenmux" : "demo";
}
