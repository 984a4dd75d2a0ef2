import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { pythonCannotSend } from "./caveats";
import { generateClaudeCode } from "./claude-code";
import { generateCurl } from "./curl";
import type { SnippetGenerator } from "./options";
import { generatePython } from "./python";
import { generateTypeScript } from "./typescript";

export interface SnippetLanguage {
  id: "curl" | "python" | "typescript" | "claude-code";
  label: string;
  /** Shiki language id. */
  lang: "bash" | "python" | "typescript";
  generate: SnippetGenerator;
  /** Why this language cannot send the request, for requests it cannot express. */
  cannotSend?: (request: PlaygroundRequest) => string | undefined;
}

export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: "curl", label: "cURL", lang: "bash", generate: generateCurl },
  {
    id: "python",
    label: "Python",
    lang: "python",
    generate: generatePython,
    cannotSend: pythonCannotSend,
  },
  { id: "typescript", label: "TypeScript", lang: "typescript", generate: generateTypeScript },
  { id: "claude-code", label: "Claude Code", lang: "bash", generate: generateClaudeCode },
];
