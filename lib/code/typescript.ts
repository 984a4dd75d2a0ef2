import type { MessageCreateParamsBase } from "@anthropic-ai/sdk/resources/messages/messages";
import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import { quoteString, typescriptDialect, typescriptLiteral } from "./literal";
import {
  API_KEY_ENV,
  betaHeader,
  longCallTimeout,
  type SnippetGenerator,
  sdkCall,
} from "./options";

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
 * body unchanged, so the extra fields reach the server, and no cast is needed unless a field the
 * SDK types is `null`, which its types do not allow; then `cast` names the SDK's type.
 */
function paramsType(
  fields: Record<string, unknown>,
  streaming: boolean,
): { type: string; cast?: string } {
  const base = streaming
    ? "Anthropic.MessageStreamParams"
    : "Anthropic.MessageCreateParamsNonStreaming";
  const typed = (key: string) => (SDK_TYPED_FIELDS as readonly string[]).includes(key);
  const nulled = Object.keys(fields).filter((key) => typed(key) && fields[key] === null);
  const extras = Object.keys(fields).filter((key) => !typed(key));
  const members = [
    ...nulled.map((key) => `${typescriptDialect.key(key)}: null`),
    ...extras.map(
      (key) =>
        `${typescriptDialect.key(key)}?: ${NUMERIC_EXTRAS.includes(key) ? "number | null" : "unknown"}`,
    ),
  ];
  const omitted =
    nulled.length > 0 ? `Omit<${base}, ${nulled.map(quoteString).join(" | ")}>` : base;
  const type = members.length > 0 ? `${omitted} & { ${members.join("; ")} }` : base;
  return { type, cast: nulled.length > 0 ? base : undefined };
}

export const generateTypeScript: SnippetGenerator = (request, { baseUrl }) => {
  const { streaming, fields } = sdkCall(request);
  const params = paramsType(fields, streaming);
  const argument = params.cast ? `params as unknown as ${params.cast}` : "params";
  const castWhy = params.cast
    ? ["// The API takes null for an unset field; the SDK's types do not, hence the cast."]
    : [];
  const beta = betaHeader(request);
  const timeout = longCallTimeout(request);
  const optionFields = [
    ...(beta ? [`headers: { "anthropic-beta": ${quoteString(beta)} }`] : []),
    ...(timeout ? [`timeout: ${timeout.seconds * 1000}`] : []),
  ];
  const options = optionFields.length > 0 ? `, { ${optionFields.join(", ")} }` : "";
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
    `const params: ${params.type} = ${typescriptLiteral(fields)};`,
    "",
    ...(streaming
      ? [
          ...castWhy,
          `const stream = client.messages.stream(${argument}${options});`,
          'stream.on("text", (text) => process.stdout.write(text));',
          "await stream.finalMessage();",
          'process.stdout.write("\\n");',
        ]
      : [
          ...castWhy,
          ...(timeout ? [`// ${timeout.why}`] : []),
          `const message = await client.messages.create(${argument}${options});`,
          "console.log(JSON.stringify(message, null, 2));",
        ]),
  ];
  return `${lines.join("\n")}\n`;
};
