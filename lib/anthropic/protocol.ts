/** Facts about ZenMux's Anthropic endpoint that browser and server rely on (docs/protocol.md). */

/** The only `anthropic-version` ZenMux accepts (docs/protocol.md#version-header). */
export const ANTHROPIC_VERSION = "2023-06-01";

/** ZenMux's public Anthropic-compatible base URL. */
export const ZENMUX_BASE_URL = "https://zenmux.ai/api/anthropic";

/** The Messages API's request size limit. */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

/** The code execution beta, rejected by ZenMux with its tool (docs/protocol.md#beta-header). */
export const CODE_EXECUTION_BETA = "code-execution-2025-08-25";

/** Why the code execution beta, or a code_execution tool in the body, is refused. */
export const CODE_EXECUTION_REFUSAL = `ZenMux does not support the code execution beta (${CODE_EXECUTION_BETA}) or the code_execution tool.`;

/** Betas ZenMux rejects, with the reason shown to users. */
export const UNSUPPORTED_BETAS: Readonly<Record<string, string>> = {
  [CODE_EXECUTION_BETA]: CODE_EXECUTION_REFUSAL,
};

/**
 * Body fields ZenMux documents as unsupported: sent, but ignored or rejected
 * (docs/protocol.md#request-body).
 */
export const UNSUPPORTED_BODY_FIELDS: Readonly<Record<string, string>> = {
  metadata: "ZenMux documents `metadata` as unsupported on its Anthropic endpoint.",
  service_tier: "ZenMux documents `service_tier` as unsupported on its Anthropic endpoint.",
};

/** Splits `anthropic-beta` header values, which may be comma-separated or repeated. */
export function parseBetas(values: readonly (string | null | undefined)[]): string[] {
  const betas: string[] = [];
  for (const value of values) {
    for (const part of (value ?? "").split(",")) {
      const beta = part.trim();
      if (beta && !betas.includes(beta)) betas.push(beta);
    }
  }
  return betas;
}

/** True for tool definitions that ask for server-side code execution. */
export function isCodeExecutionTool(tool: unknown): boolean {
  if (typeof tool !== "object" || tool === null) return false;
  const { type, name } = tool as { type?: unknown; name?: unknown };
  return (
    (typeof type === "string" && type.startsWith("code_execution")) ||
    (type !== undefined && type !== "custom" && name === "code_execution")
  );
}
