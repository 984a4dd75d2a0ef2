import type { MessageCreateParamsBase } from "@anthropic-ai/sdk/resources/messages/messages";
import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import { quoteString, typescriptDialect, typescriptLiteral } from "./literal";
import { API_KEY_ENV, betaHeader, type SnippetGenerator, sdkCall } from "./options";

/** Body fields the SDK's params type declares; others need a declared extra type to compile. */
const SDK_TYPED_FIELDS = [
  "model",
  "max_tokens",
  "messages",
  "cache_control",
  "container",
  "diagnostics",
  "inference_geo",
  "metadata",
  "output_config",
  "service_tier",
  "speed",
  "stop_sequences",
  "stream",
  "system",
  "thinking",
  "tool_choice",
  "tools",
  "user_profile_id",
  "workspace_id",
] as const satisfies readonly (keyof MessageCreateParamsBase)[];

const NUMERIC_EXTRAS: readonly string[] = ["temperature", "top_p", "top_k"];

/**
 * The type of `params`: the SDK's, intersected with the fields its types lack (the 2023-06-01
 * API and ZenMux still take `temperature`, `top_p`, `top_k`). The SDK sends the object as the
 * body unchanged, so the extra fields reach the server; no cast is needed.
 */
function paramsType(fields: Record<string, unknown>, streaming: boolean): string {
  const base = streaming
    ? "Anthropic.MessageStreamParams"
    : "Anthropic.MessageCreateParamsNonStreaming";
  const extras = Object.keys(fields).filter(
    (key) => !(SDK_TYPED_FIELDS as readonly string[]).includes(key),
  );
  if (extras.length === 0) return base;
  const members = extras.map(
    (key) =>
      `${typescriptDialect.key(key)}?: ${NUMERIC_EXTRAS.includes(key) ? "number" : "unknown"}`,
  );
  return `${base} & { ${members.join("; ")} }`;
}

export const generateTypeScript: SnippetGenerator = (request, { baseUrl }) => {
  const { streaming, fields } = sdkCall(request);
  const beta = betaHeader(request);
  const options = beta ? `, { headers: { "anthropic-beta": ${quoteString(beta)} } }` : "";
  const lines = [
    'import Anthropic from "@anthropic-ai/sdk";',
    "",
    "const client = new Anthropic({",
    `  baseURL: ${quoteString(baseUrl)},`,
    `  apiKey: process.env.${API_KEY_ENV},`,
    "  // ZenMux accepts only this version; the SDK's own default is newer.",
    `  defaultHeaders: { "anthropic-version": ${quoteString(ANTHROPIC_VERSION)} },`,
    "});",
    "",
    `const params: ${paramsType(fields, streaming)} = ${typescriptLiteral(fields)};`,
    "",
    ...(streaming
      ? [
          `const stream = client.messages.stream(params${options});`,
          'stream.on("text", (text) => process.stdout.write(text));',
          "await stream.finalMessage();",
          'process.stdout.write("\\n");',
        ]
      : [
          `const message = await client.messages.create(params${options});`,
          "console.log(JSON.stringify(message, null, 2));",
        ]),
  ];
  return `${lines.join("\n")}\n`;
};
