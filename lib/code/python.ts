import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { pythonCannotSend } from "./caveats";
import { pythonLiteral, quoteString } from "./literal";
import {
  API_KEY_ENV,
  betaHeader,
  longCallTimeout,
  type SnippetGenerator,
  sdkCall,
} from "./options";

/**
 * Body fields `client.messages.create` / `.stream` of the Python SDK take as keyword arguments.
 * Anything else (the sampling fields the SDK dropped, fields newer than the SDK) goes through
 * `extra_body`, which the SDK merges into the JSON body unchanged.
 */
const PYTHON_KEYWORD_FIELDS: readonly string[] = [
  "model",
  "max_tokens",
  "system",
  "messages",
  "stream",
  "cache_control",
  "container",
  "diagnostics",
  "inference_geo",
  "metadata",
  "output_config",
  "service_tier",
  "stop_sequences",
  "thinking",
  "tool_choice",
  "tools",
];

/** The call's keyword arguments, in body order. */
function callArguments(request: PlaygroundRequest): string[] {
  const args: string[] = [];
  const extra: [string, unknown][] = [];
  for (const [key, value] of Object.entries(sdkCall(request).fields)) {
    if (value === undefined) continue;
    if (PYTHON_KEYWORD_FIELDS.includes(key)) args.push(`${key}=${pythonLiteral(value, 1)}`);
    else extra.push([key, value]);
  }
  const beta = betaHeader(request);
  if (beta) args.push(`extra_headers={"anthropic-beta": ${quoteString(beta)}}`);
  // fromEntries defines own keys: assigning `__proto__` would set the prototype instead.
  if (extra.length > 0) args.push(`extra_body=${pythonLiteral(Object.fromEntries(extra), 1)}`);
  const timeout = longCallTimeout(request);
  if (timeout) args.push(`# ${timeout.why}`, `timeout=${timeout.seconds}`);
  return args.map((arg) => (arg.startsWith("#") ? `    ${arg}` : `    ${arg},`));
}

/** `text` as `#` comment lines of at most about 88 characters, broken between words. */
function commentLines(text: string): string[] {
  const lines: string[] = [];
  let line = "#";
  for (const word of text.split(" ")) {
    if (line.length + word.length + 1 > 88 && line !== "#") {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

export const generatePython: SnippetGenerator = (request, { baseUrl }) => {
  const caveat = pythonCannotSend(request);
  const header = [
    ...(caveat ? [...commentLines(caveat), ""] : []),
    "import os",
    "",
    "import anthropic",
    "",
    "client = anthropic.Anthropic(",
    `    base_url=${quoteString(baseUrl)},`,
    `    api_key=os.environ[${quoteString(API_KEY_ENV)}],`,
    ")",
    "",
  ];
  const args = callArguments(request);
  const call = sdkCall(request).streaming
    ? [
        "with client.messages.stream(",
        ...args,
        ") as stream:",
        "    for text in stream.text_stream:",
        '        print(text, end="", flush=True)',
        "print()",
      ]
    : ["message = client.messages.create(", ...args, ")", "print(message.to_json())"];
  return `${[...header, ...call].join("\n")}\n`;
};
