import { type Conversation, keywords, quote } from "./conversation";
import { choose, pick } from "./hash";
import { type LengthGoal, longAnswer, longForm } from "./long-answer";
import { countTokens } from "./tokenizer";

/**
 * The emulator's plausible Markdown: it quotes the last user turn, gives a fenced code block when
 * asked for code and a list when asked for a list, acknowledges attachments and tool results.
 * Every choice is drawn from the request's seed, so the same request reads the same.
 */

export type Intent = "code" | "list" | "prose";

const CODE_WORDS =
  /\b(code|function|script|snippet|implement|program|class|regex|sql|algorithm|typescript|javascript|python|rust|golang|bash|compile|refactor)\b/i;
const LIST_WORDS =
  /\b(list|steps|bullet|bullets|ideas|options|ways|reasons|tips|examples|checklist|enumerate|top \d+)\b/i;

export function detectIntent(text: string): Intent {
  if (CODE_WORDS.test(text)) return "code";
  if (LIST_WORDS.test(text)) return "list";
  return "prose";
}

const LANGUAGES: readonly [RegExp, string][] = [
  [/\bpython\b/i, "python"],
  [/\b(typescript|ts)\b/i, "typescript"],
  [/\b(javascript|js|node)\b/i, "javascript"],
  [/\brust\b/i, "rust"],
  [/\b(go|golang)\b/i, "go"],
  [/\bsql\b/i, "sql"],
  [/\b(bash|shell|curl)\b/i, "bash"],
];

function languageOf(text: string): string {
  return LANGUAGES.find(([pattern]) => pattern.test(text))?.[1] ?? "typescript";
}

function identifier(words: string[], style: "snake" | "camel"): string {
  const parts = (words.length > 0 ? words.slice(0, 2) : ["handle", "request"]).map((word) =>
    word.replace(/[^a-z0-9]/g, ""),
  );
  if (style === "snake") return parts.join("_") || "handle_request";
  return (
    parts
      .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
      .join("") || "handleRequest"
  );
}

function codeBlock(language: string, words: string[], about: string): string {
  const snake = identifier(words, "snake");
  const camel = identifier(words, "camel");
  const bodies: Record<string, string> = {
    python: `def ${snake}(items: list[str]) -> list[str]:\n    """Sketch for: ${about}"""\n    result = []\n    for item in items:\n        if item.strip():\n            result.append(item.strip())\n    return result\n\n\nprint(${snake}(["alpha", " beta ", ""]))`,
    typescript: `/** Sketch for: ${about} */\nexport function ${camel}(items: string[]): string[] {\n  return items.map((item) => item.trim()).filter((item) => item.length > 0);\n}\n\nconsole.log(${camel}(["alpha", " beta ", ""]));`,
    javascript: `// Sketch for: ${about}\nfunction ${camel}(items) {\n  return items.map((item) => item.trim()).filter((item) => item.length > 0);\n}\n\nconsole.log(${camel}(["alpha", " beta ", ""]));`,
    rust: `// Sketch for: ${about}\nfn ${snake}(items: &[&str]) -> Vec<String> {\n    items.iter().map(|item| item.trim().to_string()).filter(|item| !item.is_empty()).collect()\n}\n\nfn main() {\n    println!("{:?}", ${snake}(&["alpha", " beta ", ""]));\n}`,
    go: `// Sketch for: ${about}\nfunc ${camel}(items []string) []string {\n\tvar result []string\n\tfor _, item := range items {\n\t\tif s := strings.TrimSpace(item); s != "" {\n\t\t\tresult = append(result, s)\n\t\t}\n\t}\n\treturn result\n}`,
    sql: `-- Sketch for: ${about}\nSELECT id, name, created_at\nFROM ${snake}\nWHERE name IS NOT NULL\nORDER BY created_at DESC\nLIMIT 10;`,
    bash: `#!/usr/bin/env bash\n# Sketch for: ${about}\nset -euo pipefail\nfor item in alpha beta; do\n  echo "processing $item"\ndone`,
  };
  return `\`\`\`${language}\n${bodies[language] ?? bodies.typescript}\n\`\`\``;
}

const OPENINGS = [
  (q: string) => `You asked: "${q}"`,
  (q: string) => `Here is my take on "${q}"`,
  (q: string) => `Good question. You wrote: "${q}"`,
] as const;

const PROSE = [
  "The short answer is that it depends on the context, so here is the general idea and the trade-offs that matter most.",
  "The key point is to start from the simplest thing that works, then measure before you optimise.",
  "In practice, the details of the problem decide the best approach, and the first step is to make them explicit.",
  "The main consideration is clarity: a solution that is easy to read is easy to check and easy to change.",
  "A useful way to think about the question is to separate what must be true from what is merely convenient.",
] as const;

const LIST_ITEMS = [
  (w: string) =>
    `**Clarify the goal**: decide what a good result for ${w} looks like before you start.`,
  (w: string) => `**Start small**: try the simplest version of ${w} and learn from it.`,
  (w: string) => `**Measure**: compare the options for ${w} with the same yardstick.`,
  (w: string) => `**Write it down**: keep short notes on what worked for ${w} and why.`,
  (w: string) => `**Ask for feedback**: a second pair of eyes on ${w} catches what you missed.`,
  (w: string) => `**Iterate**: improve ${w} in small steps rather than one big change.`,
  (w: string) => `**Review the edge cases**: the unusual inputs to ${w} are where bugs hide.`,
] as const;

const FOOTER =
  "_This reply comes from the ZenMux Playground emulator (demo mode). Add a ZenMux API key to talk to real models._";

function listOf(text: string, topic: string, seed: string): string {
  const asked = Number(/\b(\d{1,2})\b/.exec(text)?.[1] ?? 0);
  const count = asked >= 2 ? Math.min(asked, LIST_ITEMS.length) : 3 + pick(seed, "list-count", 3);
  const start = pick(seed, "list-start", LIST_ITEMS.length);
  const numbered = pick(seed, "list-style", 2) === 0;
  return Array.from({ length: count }, (_, i) => {
    const item = LIST_ITEMS[(start + i) % LIST_ITEMS.length] ?? LIST_ITEMS[0];
    return `${numbered ? `${i + 1}.` : "-"} ${item(topic)}`;
  }).join("\n");
}

function acknowledgement(conversation: Conversation): string | undefined {
  const groups = (["image", "document"] as const).flatMap((kind) => {
    const items = conversation.attachments.filter((item) => item.kind === kind);
    if (items.length === 0) return [];
    const noun = items.length === 1 ? kind : `${kind}s`;
    return [`${items.length} ${noun} (${items.map((item) => item.detail).join("; ")})`];
  });
  return groups.length > 0 ? `I see ${groups.join(" and ")}.` : undefined;
}

function toolResultParagraphs(conversation: Conversation): string[] {
  return conversation.toolResults.map((result) => {
    const quoted = quote(result.text || "(empty result)", 300)
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    return result.isError
      ? `The \`${result.toolName}\` tool reported an error:\n\n${quoted}\n\nI could try again with different input, or answer without it.`
      : `The \`${result.toolName}\` tool returned:\n\n${quoted}\n\nBased on that result, the answer to your request is the value above: ${quote(result.text, 80)}.`;
  });
}

/** The full answer to the conversation, before any prefill, truncation or stop sequence. */
/** Words that say what kind of answer is wanted rather than what it is about. */
const REQUEST_WORDS = new Set(
  [
    "code function script snippet implement program list steps bullet bullets ideas options ways",
    "reasons tips examples checklist enumerate python typescript javascript rust golang bash sql",
    "give need want long lengthy detailed comprehensive extensive exhaustive thorough essay article",
    "document markdown text word words token tokens page pages",
  ]
    .join(" ")
    .split(" "),
);

function topicWords(text: string): string[] {
  return keywords(text).filter((word) => !REQUEST_WORDS.has(word) && !/^\d+$/.test(word));
}

export interface AnswerOptions {
  /** Pad the answer to at least ~300 tokens (the slow-stream fault). */
  long?: boolean;
  /** The length the user asked for: the answer becomes a long Markdown document. */
  length?: LengthGoal;
}

export function answerText(
  conversation: Conversation,
  seed: string,
  options: AnswerOptions = {},
): string {
  const text = conversation.lastUserText;
  const words = topicWords(text);
  const topic = words.slice(0, 3).join(" ") || "this";
  const parts: string[] = [];
  const results = toolResultParagraphs(conversation);
  if (results.length > 0) {
    parts.push(...results);
  } else {
    const opening = choose(seed, "opening", OPENINGS);
    parts.push(`${opening(quote(text || "(no text)"))}. ${choose(seed, "prose-1", PROSE)}`);
  }
  const ack = acknowledgement(conversation);
  if (ack) parts.push(ack);
  if (conversation.system)
    parts.push(
      `Following your system prompt ("${quote(conversation.system, 60)}"), I kept the answer focused.`,
    );
  const intent = detectIntent(text);
  if (options.length) {
    parts.push(longAnswer(words, seed, options.length, longForm(text)));
  } else if (intent === "code") {
    parts.push(`Here is a starting point in ${languageOf(text)}:`);
    parts.push(codeBlock(languageOf(text), words, quote(text, 60)));
  } else if (intent === "list") {
    parts.push(`Here are the main points about ${topic}:`);
    parts.push(listOf(text, topic, seed));
  } else if (results.length === 0) {
    parts.push(choose(seed, "prose-2", PROSE));
  }
  if (options.long) {
    // Long enough for a UI test to press Stop mid-stream at a slow pace.
    let round = 0;
    while (countTokens(parts.join("\n\n")) < 320) {
      const sentence = PROSE[(pick(seed, "long", PROSE.length) + round) % PROSE.length] ?? PROSE[0];
      parts.push(`${round + 1}. On ${topic}: ${sentence}`);
      round += 1;
    }
  }
  parts.push(FOOTER);
  return parts.join("\n\n");
}

/** How the answer continues an assistant prefill, without repeating it. */
export function continuePrefill(prefill: string, conversation: Conversation, seed: string): string {
  const end = prefill.trimEnd();
  const summary = quote(conversation.lastUserText || "your request", 80);
  if (end.endsWith("{")) {
    return `"answer": ${JSON.stringify(choose(seed, "prose-1", PROSE))}, "question": ${JSON.stringify(summary)}, "source": "zenmux-emulator"}`;
  }
  if (end.endsWith("[")) {
    const items = keywords(conversation.lastUserText).slice(0, 3);
    return `${(items.length > 0 ? items : ["alpha", "beta", "gamma"]).map((item) => JSON.stringify(item)).join(", ")}]`;
  }
  if (/```[\w-]*$/.test(end)) {
    const language = /```([\w-]*)$/.exec(end)?.[1] || languageOf(conversation.lastUserText);
    const block = codeBlock(language, topicWords(conversation.lastUserText), summary);
    return `\n${block.slice(block.indexOf("\n") + 1)}`;
  }
  const answer = answerText(conversation, seed);
  // Continue mid-sentence (validation already refused a prefill ending in whitespace).
  return ` and, continuing from there: ${answer.charAt(0).toLowerCase()}${answer.slice(1)}`;
}
