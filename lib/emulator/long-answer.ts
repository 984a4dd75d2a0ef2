import { sha256 } from "./hash";
import { countTokens } from "./tokenizer";

/**
 * Long answers for demo mode and the benchmark: asked for length ("write 3000 words about…", "a
 * long essay on…"), the emulator writes a Markdown document of sections with headings, prose,
 * lists, tables, quotes and code in several languages, until the asked length or `max_tokens`.
 * Asked for it "as a list" or "as a table", the whole length is one numbered list or one table.
 * Every choice comes from a generator seeded by the conversation, so the same request reads the
 * same, and a smaller `max_tokens` cuts the very document a larger one gets.
 */

/** How long the answer should be: an asked number of words or tokens, or all of `max_tokens`. */
export type LengthGoal = { unit: "words" | "tokens"; count: number };

/** Beyond the largest real output limits: a huge max_tokens must not build an endless string. */
export const LONG_ANSWER_MAX_TOKENS = 128_000;
/** Asked for fewer than this, a "short" count ("in 50 words") keeps the ordinary answer. */
const SHORT_COUNT = 200;
const WORDS_PER_PAGE = 500;

const COUNT = /(\d{1,3}(?:,\d{3})+|\d+)\s*(k)?[\s-]*(words?|tokens?|pages?)\b/i;
const LONG_KIND =
  /\b(long|lengthy|detailed|in-depth|comprehensive|extensive|exhaustive|thorough)\b[^.?!\n]{0,40}?\b(answer|essay|story|text|article|report|reply|response|document|guide|post|explanation|overview|tutorial|write-?up|markdown)\b/i;
const LONG_PHRASE =
  /\b(essay|article|at length|as long as (?:you can|possible)|as much as (?:you can|possible)|max(?:imum)?[_ ]tokens)\b/i;

/**
 * The length the user asks for, or undefined for an ordinary answer. A number of words, tokens
 * or pages counts when it is long; otherwise a request for a long text fills `maxTokens`.
 */
export function lengthGoal(text: string, maxTokens: number): LengthGoal | undefined {
  const counted = COUNT.exec(text);
  if (counted) {
    const [, digits = "0", thousand, unit = ""] = counted;
    const n = Number(digits.replace(/,/g, "")) * (thousand ? 1000 : 1);
    const kind = unit.toLowerCase();
    const goal: LengthGoal = kind.startsWith("page")
      ? { unit: "words", count: n * WORDS_PER_PAGE }
      : { unit: kind.startsWith("token") ? "tokens" : "words", count: n };
    if (goal.count >= SHORT_COUNT) return goal;
  }
  if (LONG_KIND.test(text) || LONG_PHRASE.test(text))
    return { unit: "tokens", count: Math.min(maxTokens, LONG_ANSWER_MAX_TOKENS) };
  return undefined;
}

/** The shape of a long answer: a document of sections, or one long list or table. */
export type LongForm = "document" | "list" | "table";

const AS_A = String.raw`\b(?:as|in|into|a|an|one)\s+(?:[\w,-]+\s+){0,3}?`;
const TABLE_ASK = new RegExp(`${AS_A}table\\b`, "i");
const LIST_ASK = new RegExp(`${AS_A}(?:list|checklist)\\b`, "i");

/** "…as a table", "a 5000-word numbered list of…": the answer is one table or one list. */
export function longForm(text: string): LongForm {
  if (TABLE_ASK.test(text)) return "table";
  if (LIST_ASK.test(text)) return "list";
  return "document";
}

/** A small deterministic generator (mulberry32) seeded from the conversation's seed. */
function generator(seed: string): (n: number) => number {
  let state = sha256(`${seed}:long-answer`).readUInt32BE(0);
  return (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % 4294967296) % n;
  };
}

type Random = ReturnType<typeof generator>;

function one<T>(random: Random, items: readonly T[]): T {
  return items[random(items.length)] as T;
}

/** Draws every item once in a shuffled order, then reshuffles: variety without long gaps. */
function deck<T>(random: Random, items: readonly T[]): () => T {
  let left: T[] = [];
  return () => {
    if (left.length === 0) {
      left = [...items];
      for (let i = left.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [left[i], left[j]] = [left[j] as T, left[i] as T];
      }
    }
    return left.pop() as T;
  };
}

const OPENERS = [
  "In practice,",
  "At scale,",
  "For most teams,",
  "Early on,",
  "Over time,",
  "In a small project,",
  "Under load,",
  "When in doubt,",
  "Done well,",
  "Seen from the outside,",
  "",
  "",
] as const;
const SUBJECTS = [
  "{topic}",
  "the first version of {topic}",
  "a careful design",
  "the simplest approach",
  "every interface",
  "the data model",
  "a good test suite",
  "the error path",
  "the team behind {topic}",
  "each component",
  "a well-chosen default",
  "the review process",
] as const;
const VERBS = [
  "rewards",
  "depends on",
  "benefits from",
  "tends to expose the need for",
  "is shaped by",
  "makes room for",
  "quietly punishes the lack of",
  "should be judged by",
  "works best with",
  "gets easier with",
] as const;
const OBJECTS = [
  "clear boundaries between parts",
  "measurements taken before any change",
  "small, reversible steps",
  "names that explain themselves",
  "honest feedback from real users",
  "a plan for failure",
  "limits that are written down",
  "fewer moving parts",
  "defaults that are safe",
  "documentation kept next to the code",
  "a fast feedback loop",
  "data that can be trusted",
] as const;
const TAILS = [
  "",
  "",
  ", and that is rarely an accident",
  ", which is easy to forget",
  " more than most people expect",
  ", so it pays to decide early",
  ", even when deadlines are short",
  ", as the next example shows",
  ", and the cost of skipping it grows over time",
] as const;

const HEADINGS = [
  "Why {topic} matters",
  "Background",
  "Core ideas",
  "A worked example",
  "Common pitfalls",
  "Measuring {topic}",
  "Trade-offs",
  "Step by step",
  "Testing {topic}",
  "{topic} in production",
  "Performance notes",
  "Security considerations",
  "Questions people ask",
  "Tooling",
  "What to read next",
  "Lessons learned",
] as const;

const APPROACHES = [
  "Start simple",
  "Cache the results",
  "Split the service",
  "Batch the work",
  "Stream the output",
  "Precompute",
  "Retry with backoff",
  "Queue the jobs",
  "Index the data",
  "Measure first",
] as const;
const STRENGTHS = [
  "easy to reason about",
  "low latency",
  "cheap to run",
  "scales out",
  "fails gracefully",
  "quick to ship",
] as const;
const WEAKNESSES = [
  "stale data",
  "more moving parts",
  "harder to debug",
  "memory hungry",
  "slower first run",
  "needs tuning",
] as const;
const NAME_PARTS = ["batch", "cache", "report", "queue", "index", "parser", "client", "retry"];

/** Languages of the code blocks; each renders its own small, plausible program. */
const LANGUAGES = [
  "python",
  "typescript",
  "rust",
  "go",
  "sql",
  "bash",
  "json",
  "yaml",
  "javascript",
] as const;
type Language = (typeof LANGUAGES)[number];

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function snake(parts: string[]): string {
  return parts.join("_");
}

function camel(parts: string[]): string {
  return parts.map((part, i) => (i === 0 ? part : capitalised(part))).join("");
}

function program(language: Language, parts: string[], limit: number): string {
  const s = snake(parts);
  const c = camel(parts);
  switch (language) {
    case "python":
      return `def ${s}(items: list[str], limit: int = ${limit}) -> dict[str, int]:\n    """Counts how often each item appears, keeping the ${limit} most common."""\n    counts: dict[str, int] = {}\n    for item in items:\n        key = item.strip().lower()\n        if key:\n            counts[key] = counts.get(key, 0) + 1\n    ranked = sorted(counts.items(), key=lambda pair: pair[1], reverse=True)\n    return dict(ranked[:limit])\n\n\nprint(${s}(["alpha", "Beta", "alpha", " gamma "]))`;
    case "typescript":
      return `interface ${capitalised(c)}Options {\n  limit: number;\n  signal?: AbortSignal;\n}\n\nexport async function ${c}(urls: string[], { limit, signal }: ${capitalised(c)}Options): Promise<string[]> {\n  const results: string[] = [];\n  for (const url of urls.slice(0, limit)) {\n    const response = await fetch(url, { signal });\n    if (!response.ok) throw new Error(\`\${url}: HTTP \${response.status}\`);\n    results.push(await response.text());\n  }\n  return results;\n}`;
    case "javascript":
      return `// Debounce ${c} so a burst of calls runs once.\nfunction debounce(fn, waitMs = ${limit * 10}) {\n  let timer;\n  return (...args) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), waitMs);\n  };\n}\n\nconst ${c} = debounce((value) => console.log("saved", value));\n${c}("draft");`;
    case "rust":
      return `use std::collections::HashMap;\n\nfn ${s}(words: &[&str], limit: usize) -> Vec<(String, usize)> {\n    let mut counts: HashMap<String, usize> = HashMap::new();\n    for word in words {\n        *counts.entry(word.to_lowercase()).or_insert(0) += 1;\n    }\n    let mut ranked: Vec<_> = counts.into_iter().collect();\n    ranked.sort_by(|a, b| b.1.cmp(&a.1));\n    ranked.truncate(limit);\n    ranked\n}\n\nfn main() {\n    println!("{:?}", ${s}(&["alpha", "beta", "alpha"], ${limit}));\n}`;
    case "go":
      return `package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\n// ${capitalised(c)} retries fn up to ${limit} times with exponential backoff.\nfunc ${capitalised(c)}(fn func() error) error {\n\tdelay := 100 * time.Millisecond\n\tvar err error\n\tfor attempt := 0; attempt < ${limit}; attempt++ {\n\t\tif err = fn(); err == nil {\n\t\t\treturn nil\n\t\t}\n\t\ttime.Sleep(delay)\n\t\tdelay *= 2\n\t}\n\treturn fmt.Errorf("after ${limit} attempts: %w", err)\n}`;
    case "sql":
      return `-- The ${limit} busiest days for ${s}\nSELECT date_trunc('day', created_at) AS day,\n       count(*) AS events,\n       avg(duration_ms) AS mean_ms\nFROM ${s}_events\nWHERE created_at > now() - interval '30 days'\nGROUP BY day\nORDER BY events DESC\nLIMIT ${limit};`;
    case "bash":
      return `#!/usr/bin/env bash\nset -euo pipefail\n\n# Runs the ${s} job for each input file, at most ${limit} at a time.\nfind ./input -name '*.json' -print0 |\n  xargs -0 -n 1 -P ${limit} ./bin/${s} --verbose\necho "done: $(ls ./output | wc -l) files"`;
    case "json":
      return `{\n  "name": "${s}",\n  "version": "1.${limit}.0",\n  "settings": {\n    "limit": ${limit},\n    "retry": { "attempts": 3, "backoff_ms": 250 },\n    "features": ["${parts[0]}", "${parts[1] ?? "core"}"]\n  }\n}`;
    case "yaml":
      return `service: ${s}\nreplicas: ${Math.max(1, limit % 5)}\nresources:\n  cpu: "${limit * 100}m"\n  memory: ${limit * 64}Mi\nprobes:\n  readiness:\n    path: /healthz\n    period_seconds: 10`;
  }
}

interface Section {
  text: string;
  tokens: number;
  words: number;
}

function measured(text: string): Section {
  return { text, tokens: countTokens(text), words: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0 };
}

function writer(random: Random, topic: string, topicWord: string) {
  const fill = (template: string) => template.replaceAll("{topic}", topic);
  const sentence = () => {
    const opener = one(random, OPENERS);
    const subject = fill(one(random, SUBJECTS));
    const object = one(random, OBJECTS);
    const styled =
      random(6) === 0 ? `**${object}**` : random(8) === 0 ? `_${object}_` : `${object}`;
    const head = opener ? `${opener} ${subject}` : capitalised(subject);
    return `${head} ${one(random, VERBS)} ${styled}${one(random, TAILS)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 3 + random(4) }, sentence)
      .join(" ")
      .replace(/\. ([a-z])/g, (_, first: string) => `. ${first.toUpperCase()}`);
  const name = () => [topicWord, one(random, NAME_PARTS)];
  const nextLanguage = deck(random, LANGUAGES);

  const blocks: (() => string)[] = [
    paragraph,
    () =>
      Array.from(
        { length: 3 + random(4) },
        () => `- **${one(random, APPROACHES)}**: ${sentence()}`,
      ).join("\n"),
    () => Array.from({ length: 3 + random(3) }, (_, i) => `${i + 1}. ${sentence()}`).join("\n"),
    () => {
      const rows = Array.from(
        { length: 3 + random(3) },
        () =>
          `| ${one(random, APPROACHES)} | ${one(random, STRENGTHS)} | ${one(random, WEAKNESSES)} | ${5 + random(400)} ms |`,
      );
      return [
        "| Approach | Strength | Weakness | Typical latency |",
        "| --- | --- | --- | ---: |",
        ...rows,
      ].join("\n");
    },
    () => {
      const language = nextLanguage();
      return `A short ${language === "json" || language === "yaml" ? "configuration" : "example"} in ${language}:\n\n\`\`\`${language}\n${program(language, name(), 2 + random(9))}\n\`\`\``;
    },
    () => `> ${sentence()} ${sentence()}`,
    () => `### ${capitalised(fill(one(random, HEADINGS)))}\n\n${paragraph()}`,
    () =>
      Array.from(
        { length: 3 + random(3) },
        () => `- [${random(2) ? "x" : " "}] ${one(random, APPROACHES)} for \`${camel(name())}\``,
      ).join("\n"),
  ];

  const nextBlock = deck(random, blocks);
  const section = (index: number): Section => {
    const parts = [`## ${index}. ${capitalised(fill(one(random, HEADINGS)))}`, paragraph()];
    for (let i = 1 + random(3); i > 0; i--) parts.push(nextBlock()());
    return measured(parts.join("\n\n"));
  };
  const listItem = (index: number): Section =>
    measured(`${index}. **${one(random, APPROACHES)}**: ${sentence()} ${sentence()}`);
  const tableRow = (index: number): Section =>
    measured(
      `| ${index} | ${one(random, APPROACHES)} | ${one(random, STRENGTHS)} | ${one(random, WEAKNESSES)} | ${5 + random(400)} ms |`,
    );
  return { section, listItem, tableRow };
}

/** How each form opens, what each part of it is, and what joins the parts. */
function formOf(form: LongForm, topic: string, write: ReturnType<typeof writer>) {
  const title = `# ${capitalised(topic)}`;
  switch (form) {
    case "list":
      return { opening: `${title}: a long list\n`, part: write.listItem, joiner: "\n" };
    case "table":
      return {
        opening: `${title}: approaches compared\n\n| # | Approach | Strength | Weakness | Typical latency |\n| ---: | --- | --- | --- | ---: |`,
        part: write.tableRow,
        joiner: "\n",
      };
    default:
      return { opening: `${title}: a long-form guide`, part: write.section, joiner: "\n\n" };
  }
}

/**
 * A long Markdown answer about `topic` in the asked `form`, at least as long as `goal` (sections,
 * items and rows are whole, so it may run a little over; `max_tokens` cuts the excess like a real
 * model's limit).
 */
export function longAnswer(
  topicWords: string[],
  seed: string,
  goal: LengthGoal,
  form: LongForm = "document",
): string {
  const random = generator(seed);
  const topic = topicWords.slice(0, 3).join(" ") || "this topic";
  const write = writer(random, topic, (topicWords[0] ?? "task").replace(/[^a-z0-9]/g, ""));
  const { opening, part, joiner } = formOf(form, topic, write);
  const parts: Section[] = [measured(opening)];
  let total = parts[0]?.[goal.unit] ?? 0;
  const limit = Math.min(goal.count, LONG_ANSWER_MAX_TOKENS);
  for (let index = 1; total < limit; index++) {
    const next = part(index);
    parts.push(next);
    total += next[goal.unit];
  }
  return parts.map((section) => section.text).join(joiner);
}
