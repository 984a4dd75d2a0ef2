import type { PlaygroundRequest } from "@/lib/anthropic/request";

/**
 * Requests that together use every field and block type the playground can send, and text that
 * is hostile to shells and string literals. The equivalence and import round-trip tests run
 * every generator over all of them.
 */
export interface CorpusEntry {
  name: string;
  request: PlaygroundRequest;
}

const MODEL = "anthropic/claude-sonnet-4.5";

/** A 1×1 PNG. */
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** The smallest PDF header, base64: the recorder never opens it. */
const PDF_BASE64 = "JVBERi0xLjQKJcOkw7zDtsOfCjEgMCBvYmoKPDwvVHlwZS9DYXRhbG9nPj4KZW5kb2JqCiUlRU9G";

const QUOTES = `He said "hi", she said 'bye' and it's "'mixed'" now.`;
// biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the hostile text under test.
const SHELL = "Expand nothing: $HOME $(id) `uname -a` ${x} $'ansi' !! \\$ %s %n";
const BACKSLASHES = "Literal \\n and \\t and \\\\ and a trailing backslash \\";
const MULTILINE = "line one\nJSON\nEOF\n'''\n\"\"\"\n  indented\ttab\r\nwindows line\n";
const UNICODE = "Emoji 😀👩‍💻🇯🇵, Arabic مرحبا بالعالم, Hebrew שלום עולם, CJK 你好, combining é";
const CONTROLS = "bell\u0007 escape\u001b[31m del\u007f c1\u0085 sep\u2028para\u2029 bom\ufeff";
// biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the hostile text under test.
const TEMPLATE = "Template ${name} and `${x}` and ${`nested`} and #{ruby} and {{mustache}}";

/**
 * Keys special to one language or another. JSON.parse makes `__proto__` an own property; in an
 * object literal here it would set the prototype instead and vanish.
 */
const SPECIAL_KEYS: Record<string, unknown> = JSON.parse(`{
  "__proto__": {"type": "string", "description": "sets the prototype in a JS literal"},
  "constructor": {"type": "string"},
  "prototype": {"type": "string"},
  "toString": {"type": "string"},
  "hasOwnProperty": {"type": "string"},
  "__defineGetter__": {"type": "string"},
  "class": {"type": "string"},
  "from": {"type": "string"},
  "None": {"type": "string"},
  "self": {"type": "string"},
  "extra_body": {"type": "string"},
  "": {"type": "string", "description": "the empty key"},
  "key with spaces": {"type": "string"},
  "1st": {"type": "integer"},
  "$ref": {"type": "string"},
  "a-b.c/d": {"type": "string"},
  "it's \\"quoted\\"": {"type": "string"},
  "line\\nbreak": {"type": "string"},
  "Zürich 🇨🇭": {"type": "string"}
}`);

/** A deterministic pseudo-random base64 payload of `bytes` bytes, like an attached photo. */
function base64Payload(bytes: number): string {
  let state = 42;
  let binary = "";
  for (let i = 0; i < bytes; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    binary += String.fromCharCode((state >>> 16) & 0xff);
  }
  return btoa(binary);
}

/** Over 200 kB of text: more than Linux lets one command-line argument hold (128 kB). */
const LONG_TEXT = Array.from(
  { length: 2500 },
  (_, i) => `Line ${i}: ${i % 7 === 0 ? SHELL : QUOTES} ${i % 11 === 0 ? "\nJSON\nEOF" : UNICODE}`,
).join("\n");

const base64Image = (media_type: "image/png" | "image/jpeg", data: string) =>
  ({ type: "image", source: { type: "base64", media_type, data } }) as const;

const user = (content: Content) => ({ role: "user", content }) as const;
const assistant = (content: Content) => ({ role: "assistant", content }) as const;

const weatherTool = {
  name: "get_weather",
  description: 'Current weather for a city. Quotes: "\'" and $PATH.',
  input_schema: {
    type: "object" as const,
    properties: {
      city: { type: "string", description: 'City name, e.g. "Zürich"' },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
      days: { type: "integer", minimum: 1, maximum: 7 },
    },
    required: ["city"],
  },
};

const clockTool = {
  name: "get_time",
  description: "The time in a time zone.",
  input_schema: { type: "object" as const, properties: { zone: { type: "string" } } },
};

type Content = PlaygroundRequest["body"]["messages"][number]["content"];

/** One user message to the default model, with `extra` body fields. */
function simple(name: string, content: Content, extra: Partial<PlaygroundRequest["body"]> = {}) {
  return {
    name,
    request: {
      body: { model: MODEL, max_tokens: 256, messages: [user(content)], ...extra },
      betas: [],
    },
  } satisfies CorpusEntry;
}

export const CORPUS: readonly CorpusEntry[] = [
  simple("plain text", "Hello! What can you do?"),
  simple("quotes", QUOTES),
  simple("shell metacharacters", SHELL),
  simple("backslashes", BACKSLASHES),
  simple("newlines, heredoc delimiters and triple quotes", MULTILINE),
  simple("unicode and right-to-left", UNICODE),
  simple("control characters", CONTROLS),
  simple("template syntax", TEMPLATE),
  simple("system as string", "Summarise the rules.", {
    system: `You are terse. ${QUOTES}\n${SHELL}`,
  }),
  simple("system as blocks with cache_control", "Go.", {
    system: [
      { type: "text", text: "You are a careful assistant." },
      { type: "text", text: MULTILINE, cache_control: { type: "ephemeral" } },
      { type: "text", text: UNICODE, cache_control: { type: "ephemeral", ttl: "1h" } },
    ],
  }),
  {
    name: "multi-turn",
    request: {
      body: {
        model: "anthropic/claude-opus-4.5",
        max_tokens: 512,
        messages: [
          user("What is 2 + 2?"),
          assistant("4."),
          user([{ type: "text", text: `And times ${TEMPLATE}?` }]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "prefill",
    request: {
      body: {
        model: "anthropic/claude-haiku-4.5",
        max_tokens: 128,
        messages: [user("Answer in JSON."), assistant('{"answer": "')],
      },
      betas: [],
    },
  },
  {
    name: "images",
    request: {
      body: {
        model: MODEL,
        max_tokens: 256,
        messages: [
          user([
            base64Image("image/png", PNG_BASE64),
            { type: "image", source: { type: "url", url: "https://example.com/a.png?x=1&y='2'" } },
            { type: "text", text: "Describe both images." },
          ]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "documents",
    request: {
      body: {
        model: MODEL,
        max_tokens: 256,
        messages: [
          user([
            {
              type: "document",
              source: { type: "base64", media_type: "application/pdf", data: PDF_BASE64 },
              title: "Report",
              cache_control: { type: "ephemeral" },
            },
            {
              type: "document",
              source: { type: "text", media_type: "text/plain", data: `${MULTILINE}${CONTROLS}` },
              title: 'Notes "quoted"',
              context: "Written by $USER",
              citations: { enabled: true },
            },
            { type: "document", source: { type: "url", url: "https://example.com/doc.pdf" } },
            { type: "text", text: "Compare the documents." },
          ]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "tools with tool_choice auto",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [weatherTool, { ...clockTool, cache_control: { type: "ephemeral" } }],
        tool_choice: { type: "auto" },
        messages: [user("Weather in Zürich?")],
      },
      betas: [],
    },
  },
  {
    name: "tool_choice any",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [weatherTool],
        tool_choice: { type: "any" },
        messages: [user("Weather?")],
      },
      betas: [],
    },
  },
  {
    name: "tool_choice tool without parallel use",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [weatherTool, clockTool],
        tool_choice: { type: "tool", name: "get_time", disable_parallel_tool_use: true },
        messages: [user("Time in Tokyo?")],
      },
      betas: [],
    },
  },
  {
    name: "tool_choice none and auto without parallel use",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [clockTool],
        tool_choice: { type: "none" },
        messages: [user("Do not call tools.")],
      },
      betas: [],
    },
  },
  {
    name: "tool_choice auto, parallel use disabled",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [clockTool],
        tool_choice: { type: "auto", disable_parallel_tool_use: true },
        messages: [user("One tool at a time.")],
      },
      betas: [],
    },
  },
  {
    name: "tool_use and tool_result (string, blocks, is_error)",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [weatherTool, clockTool],
        messages: [
          user("Weather in Zürich and the time in Tokyo?"),
          assistant([
            { type: "text", text: "Let me check." },
            {
              type: "tool_use",
              id: "toolu_01",
              name: "get_weather",
              input: { city: "Zürich", unit: "celsius", days: 2, nested: { ok: true, none: null } },
            },
            { type: "tool_use", id: "toolu_02", name: "get_time", input: { zone: "Asia/Tokyo" } },
          ]),
          user([
            { type: "tool_result", tool_use_id: "toolu_01", content: `{"temp": 21.5}\n${SHELL}` },
            {
              type: "tool_result",
              tool_use_id: "toolu_02",
              content: [
                { type: "text", text: "Tokyo clock unavailable" },
                base64Image("image/png", PNG_BASE64),
              ],
              is_error: true,
            },
          ]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "thinking with signed history",
    request: {
      body: {
        model: MODEL,
        max_tokens: 4096,
        thinking: { type: "enabled", budget_tokens: 2048 },
        messages: [
          user("Think about 17 × 23."),
          assistant([
            {
              type: "thinking",
              thinking: '17 × 23 = 17 × 20 + 17 × 3 = 340 + 51 = 391.\n"Check": $x',
              signature: "EqQBCkYIBxgCKkB+sig/with+slashes==",
            },
            { type: "redacted_thinking", data: "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT" },
            { type: "text", text: "391." },
          ]),
          user("And 391 / 17?"),
        ],
      },
      betas: [],
    },
  },
  simple("thinking disabled", "No thinking.", { thinking: { type: "disabled" } }),
  simple("stop sequences", "Count to ten.", {
    stop_sequences: ["five", "\n\nHuman:", "'$'", 'END"'],
  }),
  simple("temperature", "Be creative.", { temperature: 0.7 }),
  simple("top_p and top_k", "Be precise.", { top_p: 0.9, top_k: 40, temperature: 0 }),
  simple("metadata and service_tier", "Who am I?", {
    metadata: { user_id: "user-42 'quoted'" },
    service_tier: "auto",
  }),
  simple("structured output", "List three colours.", {
    output_config: {
      format: {
        type: "json_schema",
        schema: {
          type: "object",
          properties: { colours: { type: "array", items: { type: "string" } } },
          required: ["colours"],
          additionalProperties: false,
        },
      },
    },
  }),
  {
    name: "one beta",
    request: {
      body: { model: MODEL, max_tokens: 64, messages: [user("Long context please.")] },
      betas: ["context-1m-2025-08-07"],
    },
  },
  {
    name: "several betas and everything hostile",
    request: {
      body: {
        model: "moonshotai/kimi-k2.6",
        max_tokens: 1000,
        system: [{ type: "text", text: SHELL }],
        temperature: 1,
        stop_sequences: [MULTILINE],
        messages: [
          user([
            { type: "text", text: QUOTES },
            { type: "text", text: BACKSLASHES },
            { type: "text", text: UNICODE },
            { type: "text", text: CONTROLS },
            { type: "text", text: TEMPLATE, cache_control: { type: "ephemeral", ttl: "5m" } },
          ]),
        ],
      },
      betas: [
        "context-1m-2025-08-07",
        "interleaved-thinking-2025-05-14",
        "token-efficient-tools-2025-02-19",
      ],
    },
  },
  {
    name: "__proto__ and other special keys in a tool schema and a tool input",
    request: {
      body: {
        model: MODEL,
        max_tokens: 512,
        tools: [
          {
            name: "special_keys",
            description: "Every key is special somewhere.",
            input_schema: {
              type: "object",
              properties: SPECIAL_KEYS,
              required: Object.keys(SPECIAL_KEYS),
            },
          },
        ],
        messages: [
          user("Call it."),
          assistant([
            {
              type: "tool_use",
              id: "toolu_proto",
              name: "special_keys",
              input: JSON.parse('{"__proto__": {"polluted": true}, "constructor": "c", "": 0}'),
            },
          ]),
          user([{ type: "tool_result", tool_use_id: "toolu_proto", content: "ok" }]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "special top-level keys the API does not know",
    request: {
      body: {
        model: MODEL,
        max_tokens: 64,
        messages: [user("Extra fields.")],
        ...JSON.parse(
          '{"__proto__": {"x": 1}, "constructor": "c", "timeout": 5, "extra_body": {"a": 1}, "class": "k"}',
        ),
      },
      betas: [],
    },
  },
  simple("a 200 kB text", LONG_TEXT),
  simple("an attached image of about 100 kB", [
    base64Image("image/jpeg", base64Payload(75_000)),
    { type: "text", text: "What is in this photo?" },
  ]),
  {
    name: "large max_tokens on Opus (SDKs need a timeout without streaming)",
    request: {
      body: {
        model: "anthropic/claude-opus-4.5",
        max_tokens: 32_000,
        messages: [user("Write a long essay.")],
      },
      betas: [],
    },
  },
  simple("max_tokens just over the SDKs' ten-minute estimate", "Long.", { max_tokens: 21_334 }),
  simple("max_tokens just under the SDKs' ten-minute estimate", "Long.", { max_tokens: 21_333 }),
  {
    name: "a model the SDKs cap at 8,192 non-streaming tokens",
    request: {
      body: { model: "claude-opus-4-0", max_tokens: 8193, messages: [user("Capped.")] },
      betas: [],
    },
  },
  simple("a lone surrogate (Python cannot send it)", "broken \ud800 pair and \udc00 low"),
  simple("null for optional top-level fields", "Nulls.", {
    temperature: null,
    top_k: null,
    top_p: null,
    stop_sequences: null,
    tool_choice: null,
    system: null,
    metadata: null,
  } as unknown as Partial<PlaygroundRequest["body"]>),
  {
    name: "numbers JavaScript holds exactly, at the edges of a double",
    request: {
      body: {
        model: MODEL,
        max_tokens: 256,
        messages: [
          user("Numbers."),
          assistant([
            {
              type: "tool_use",
              id: "toolu_numbers",
              name: "numbers",
              input: {
                safe: 9007199254740991,
                negative: -9007199254740991,
                big: 1e21,
                huge: 1.7976931348623157e308,
                tiny: 5e-324,
                small: 1.5e-7,
                sum: 0.30000000000000004,
                tenth: 0.1,
              },
            },
          ]),
          user([{ type: "tool_result", tool_use_id: "toolu_numbers", content: "ok" }]),
        ],
      },
      betas: [],
    },
  },
  {
    name: "empty strings and numbers at the edges",
    request: {
      body: {
        model: "openai/gpt-5",
        max_tokens: 1,
        temperature: 0.000001,
        top_k: 1,
        messages: [user([{ type: "text", text: " " }]), assistant(""), user("x")],
      },
      betas: [],
    },
  },
];
