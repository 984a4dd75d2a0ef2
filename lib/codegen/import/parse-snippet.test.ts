import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { CORPUS } from "../corpus";
import { generateCurl } from "../curl";
import { generatePython } from "../python";
import { singleQuote } from "../shell";
import { generateTypeScript } from "../typescript";
import { parseSnippet } from "./parse-snippet";

const BASE = { baseUrl: "https://zenmux.ai/api/anthropic" };
const GENERATORS = { cURL: generateCurl, Python: generatePython, TypeScript: generateTypeScript };

const variants = (request: PlaygroundRequest) =>
  [undefined, false, true].map((stream) => {
    const { stream: _, ...body } = request.body;
    return { ...request, body: stream === undefined ? body : { ...body, stream } };
  });

function imported(text: string): PlaygroundRequest {
  const result = parseSnippet(text);
  if (!result.ok) throw new Error(result.error);
  return result.request;
}

describe("parseSnippet round-trips every generated snippet", () => {
  for (const [language, generate] of Object.entries(GENERATORS)) {
    it(`${language}: the whole corpus, streaming, non-streaming and unset`, () => {
      for (const entry of CORPUS) {
        for (const request of variants(entry.request)) {
          expect(imported(generate(request, BASE)), entry.name).toStrictEqual(request);
        }
      }
    });
  }

  it("JSON bodies and saved { body, betas } requests", () => {
    for (const { request } of CORPUS) {
      expect(imported(JSON.stringify(request.body, null, 2))).toStrictEqual({
        ...request,
        betas: [],
      });
      expect(imported(JSON.stringify(request))).toStrictEqual(request);
    }
  });
});

const BODY = {
  model: "anthropic/claude-sonnet-4.5",
  max_tokens: 100,
  messages: [{ role: "user", content: 'it\'s "q" $HOME\nJSON' }],
};

describe("parseSnippet reads hand-written variants", () => {
  it("cURL with a heredoc, --data-raw, -d, --data, $'…', continuations and either auth header", () => {
    const json = JSON.stringify(BODY);
    const shellQuoted = `'${json.replaceAll("'", `'\\''`)}'`;
    const forms = [
      `curl https://zenmux.ai/api/anthropic/v1/messages \\\n  -H "Authorization: Bearer sk-secret" \\\n  -H 'anthropic-beta: a, b' \\\n  -d @- <<'JSON'\n${JSON.stringify(BODY, null, 2)}\nJSON\n`,
      `$ curl -sS -X POST https://x/v1/messages -H 'x-api-key: sk-secret' -H "anthropic-beta: a" -H "anthropic-beta: b" --data-raw ${shellQuoted}`,
      `curl https://x/v1/messages -H 'anthropic-beta:a,b' --data ${shellQuoted}`,
      `curl https://x/v1/messages -H "anthropic-beta: a,b" -d $'${json.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`,
      `curl https://x/v1/messages -H "anthropic-beta: a,b" -d "${json.replace(/["\\$`]/g, "\\$&")}" | jq .`,
    ];
    for (const form of forms) {
      expect(imported(form), form).toStrictEqual({ body: BODY, betas: ["a", "b"] });
    }
  });

  it("Python with hand-written keyword arguments, single quotes, concatenation and the beta client", () => {
    const source = `import anthropic
client = anthropic.Anthropic(api_key="sk-secret")
message = client.beta.messages.create(
    model='anthropic/claude-sonnet-4.5',  # a comment
    max_tokens=100,
    betas=["a", "b"],
    messages=[{'role': 'user', 'content': ('it\\'s "q" '
                                         r'$HOME' """
JSON""")}],
)`;
    expect(imported(source)).toStrictEqual({ body: BODY, betas: ["a", "b"] });
  });

  it("TypeScript with an inline object, trailing commas, comments and template literals", () => {
    const source = `import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic({ apiKey: "sk-secret" });
const stream = anthropic.messages.stream({
  model: 'anthropic/claude-sonnet-4.5', // comment
  max_tokens: 100,
  /* block */ messages: [{ role: "user", content: \`it's "q" $HOME
JSON\` },],
}, { headers: { "Anthropic-Beta": "a,b" } });`;
    expect(imported(source)).toStrictEqual({ body: { ...BODY, stream: true }, betas: ["a", "b"] });
  });

  it("never imports a key", () => {
    const source = `curl https://x/v1/messages -H "x-api-key: sk-secret" -d ${singleQuote(JSON.stringify(BODY))}`;
    expect(JSON.stringify(imported(source))).not.toContain("sk-secret");
  });
});

describe("parseSnippet explains what it cannot read", () => {
  const error = (text: string) => {
    const result = parseSnippet(text);
    expect(result.ok).toBe(false);
    return result.ok ? "" : result.error;
  };

  it("names the Python value and its line", () => {
    expect(
      error(`import anthropic
client = anthropic.Anthropic()
message = client.messages.create(
    model="m",
    max_tokens=10,
    messages=history,
)`),
    ).toBe(
      "Python: could not read the value of `messages` (line 6): `history` is not a literal value.",
    );
  });

  it("names the nested TypeScript value and its line", () => {
    expect(
      error(`const message = await client.messages.create({
  model: "m",
  max_tokens: 10,
  messages: [{ role: "user", content: \`hi \${name}\` }],
});`),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the message quotes JavaScript's template syntax.
    ).toBe("TypeScript: template literals with `${…}` substitutions cannot be read (line 4).");
    expect(
      error(`const message = await client.messages.create({ model: "m", max_tokens: 1,
  messages: [{ role: "user", content: text }] });`),
    ).toBe(
      "TypeScript: could not read the value of `params.messages[0].content` (line 2): `text` is not a literal value.",
    );
  });

  it("counts the lines inside multi-line strings, whatever their newlines", () => {
    expect(
      error(
        "const message = await client.messages.create({\r\n  system: `one\r\ntwo`,\r\n  messages: history,\r\n});",
      ),
    ).toBe(
      "TypeScript: could not read the value of `params.messages` (line 4): `history` is not a literal value.",
    );
    expect(
      error(
        'import anthropic\nclient.messages.create(\n    system="""one\ntwo""",\n    messages=history,\n)',
      ),
    ).toBe(
      "Python: could not read the value of `messages` (line 5): `history` is not a literal value.",
    );
  });

  it("explains cURL and JSON problems and unknown text", () => {
    expect(error("curl https://x/v1/messages -d @body.json")).toBe(
      "cURL: the body is read from the file `body.json` (line 1).",
    );
    expect(error("curl https://x/v1/messages -d '{\"model\": '")).toMatch(
      /^cURL: the body is not valid JSON/,
    );
    expect(error('{"model": "m", "messages": []}')).toBe("JSON: `max_tokens` must be a number.");
    // The same shape check as the JSON editor and storage: views rely on each message's role.
    expect(
      error('{"model": "m", "max_tokens": 1, "messages": [{"role": "system", "content": "x"}]}'),
    ).toBe('JSON: messages[0].role must be "user" or "assistant".');
    expect(error("hello there")).toMatch(/^Could not tell what this is/);
  });
});
