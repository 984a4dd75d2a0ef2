import { describe, expect, it } from "vitest";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { CORPUS } from "../corpus";
import { generateCurl } from "../curl";
import { generatePython } from "../python";
import { singleQuote } from "../shell";
import { expectSameJson } from "../testing/same-json";
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
          expectSameJson(imported(generate(request, BASE)), request, entry.name);
        }
      }
    });
  }

  it("JSON bodies and saved { body, betas } requests", () => {
    for (const { request } of CORPUS) {
      expectSameJson(imported(JSON.stringify(request.body, null, 2)), { ...request, betas: [] });
      expectSameJson(imported(JSON.stringify(request)), request);
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

describe("parseSnippet never changes a value silently", () => {
  const body = (value: string) =>
    `{"model": "m", "max_tokens": 1, "messages": [{"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t", "content": "x", "n": ${value}}]}]}`;
  const forms = (value: string) => ({
    JSON: body(value),
    cURL: `curl https://x/v1/messages --data-binary @- <<'JSON'\n${body(value)}\nJSON\n`,
    Python: `import anthropic\nclient.messages.create(model="m", max_tokens=1, messages=[], extra_body={"n": ${value}})`,
    TypeScript: `const message = await client.messages.create({ model: "m", max_tokens: 1, messages: [], n: ${value} });`,
  });
  const readN = (text: string) => {
    const result = parseSnippet(text);
    if (!result.ok) return result.error;
    const { body } = result.request;
    const block = (body.messages[0]?.content as Record<string, unknown>[] | undefined)?.[0];
    return (body as { n?: unknown }).n ?? block?.n;
  };

  it("refuses integers beyond 2^53 and decimals a double cannot hold, naming the value", () => {
    for (const [value, rounded] of [
      ["9007199254740993", "9007199254740992"],
      ["-12345678901234567890", "12345678901234567000"],
      ["0.1000000000000000055511151231257827", "0.1"],
      ["3.14159265358979323846264338327950288", "3.141592653589793"],
      ["1e400", "Infinity"],
      ["1e-400", "0"],
    ] as const) {
      for (const [language, text] of Object.entries(forms(value))) {
        const error = readN(text);
        expect(error, `${language} ${value}`).toEqual(
          expect.stringMatching(new RegExp(`^${language}: `)),
        );
        expect(error).toContain(
          `JavaScript cannot hold the number ${value.replace(/^-/, "")} exactly (it would become ${rounded})`,
        );
      }
    }
  });

  it("imports numbers a double holds exactly, however they are written", () => {
    for (const [value, expected] of [
      ["9007199254740991", 9007199254740991],
      ["-9007199254740991", -9007199254740991],
      ["0.1", 0.1],
      ["1.50", 1.5],
      ["1e21", 1e21],
      ["1.5E-7", 1.5e-7],
      ["0.30000000000000004", 0.30000000000000004],
      ["5e-324", 5e-324],
      ["1.7976931348623157e308", 1.7976931348623157e308],
      ["0.0", 0],
    ] as const) {
      for (const [language, text] of Object.entries(forms(value))) {
        expect(readN(text), `${language} ${value}`).toBe(expected);
      }
    }
    expect(readN(forms("0x1F").TypeScript)).toBe(31);
    expect(readN(forms("0x20000000000001").TypeScript)).toMatch(
      /cannot hold the number 0x20000000000001/,
    );
  });
});

describe("parseSnippet keeps keys that are special in JavaScript or Python", () => {
  const keys = ["__proto__", "constructor", "prototype", "toString", "class", "None", ""];
  const expectOwnKeys = (text: string) => {
    const result = parseSnippet(text);
    if (!result.ok) throw new Error(result.error);
    const blocks = result.request.body.messages[0]?.content as { input?: object }[] | undefined;
    const input = blocks?.[0]?.input;
    expect(Object.keys(input ?? {}), text).toEqual(keys);
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(input, "__proto__")?.value).toEqual({ polluted: 1 });
  };
  const inputJson = `{${keys.map((key) => `"${key}": ${key === "__proto__" ? '{"polluted": 1}' : 1}`).join(", ")}}`;
  const messages = (input: string) =>
    `[{"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "n", "input": ${input}}]}]`;

  it("from JSON, cURL, Python and hand-written TypeScript", () => {
    const json = `{"model": "m", "max_tokens": 1, "messages": ${messages(inputJson)}}`;
    expectOwnKeys(json);
    expectOwnKeys(`curl https://x/v1/messages -d '${json}'`);
    expectOwnKeys(
      `import anthropic\nclient.messages.create(model="m", max_tokens=1, messages=${messages(inputJson)})`,
    );
    const tsInput = `{ ["__proto__"]: { polluted: 1 }, constructor: 1, prototype: 1, toString: 1, class: 1, None: 1, "": 1 }`;
    expectOwnKeys(
      `const message = await client.messages.create({ model: "m", max_tokens: 1, messages: ${messages(tsInput)} });`,
    );
  });
});
