import "server-only";
import { z } from "zod";
import { ZENMUX_BASE_URL } from "@/lib/anthropic/protocol";

const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const flag = z.preprocess(
  emptyToUndefined,
  z
    .enum(["1", "0", "true", "false"], { error: "must be 1 or 0" })
    .default("0")
    .transform((value) => value === "1" || value === "true"),
);

const list = (itemRule: z.ZodString) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(",")
            .map((item) => item.trim())
            .filter(Boolean)
        : [],
    z.array(itemRule),
  );

const count = (what: string, fallback: number, min = 0) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `must be a number of ${what}` })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .default(fallback),
  );

/** Who may use the server's key (SECURITY.md describes the three postures). */
const accessSettings = {
  /** Signing in with this password unlocks the server key in the browser. */
  PLAYGROUND_PASSWORD: z.preprocess(
    emptyToUndefined,
    z.string().min(8, "must be at least 8 characters").optional(),
  ),
  /** Signs session cookies; derived from the password when unset (rotating either ends sessions). */
  PLAYGROUND_SESSION_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, "must be at least 32 characters").optional(),
  ),
  /** Bearer tokens for scripts, comma-separated; distinct from ZenMux keys. */
  PLAYGROUND_TOKENS: list(
    z
      .string()
      .min(16, "each token must be at least 16 characters")
      .regex(/^\S+$/, "tokens must not contain spaces")
      .refine((token) => !/^sk-(ai|ss)-v1-/.test(token), "a token must not look like a ZenMux key"),
  ),
  /** 1: anyone who reaches the server may use its key (only behind your own access control). */
  PLAYGROUND_OPEN: flag,
  /** How many reverse proxies in front of the app to trust for X-Forwarded-For. */
  TRUST_PROXY: count("proxies", 0),
  /** Hosts (comma-separated) whose images the page may load after a click, e.g. `i.imgur.com`. */
  PLAYGROUND_IMG_HOSTS: list(
    z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, "each entry must be a host name such as i.imgur.com"),
  ),
};

/** Limits on the server key; bring-your-own-key requests are not limited. */
const limitSettings = {
  PLAYGROUND_RPM: count("requests per minute", 30, 1),
  PLAYGROUND_MAX_CONCURRENT_STREAMS: count("streams", 3, 1),
  PLAYGROUND_MAX_TOKENS: count("tokens", 16_384, 1),
  PLAYGROUND_DAILY_BUDGET_USD: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "must be an amount in USD" }).positive("must be above 0").default(20),
  ),
  /** Shares limits and the budget between instances; without it they live in memory. */
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional(),
  ),
};

/** How long the proxy waits on a slow peer before giving up, in milliseconds. */
const faultSettings = {
  UPSTREAM_HEADERS_TIMEOUT_MS: count("milliseconds", 60_000, 1),
  UPSTREAM_IDLE_TIMEOUT_MS: count("milliseconds", 120_000, 1),
  REQUEST_BODY_TIMEOUT_MS: count("milliseconds", 30_000, 1),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
  ),
};

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
  ...accessSettings,
  ...limitSettings,
  ...faultSettings,
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

/** Whether the server holds a ZenMux key; without one, the built-in emulator answers. */
export function serverHasKey(config: ServerConfig = serverConfig()): boolean {
  return Boolean(config.ZENMUX_API_KEY);
}
