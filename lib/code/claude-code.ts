import { API_KEY_ENV, type SnippetGenerator } from "./options";
import { shellWord } from "./shell";

const FAMILIES = ["opus", "sonnet", "haiku"] as const;

/** The Claude Code set-up for ZenMux (docs/protocol.md#claude-code), with the request's model. */
export const generateClaudeCode: SnippetGenerator = (request, { baseUrl }) => {
  const model = request.body.model;
  const family = FAMILIES.find((name) => model.toLowerCase().includes(name));
  const vars: [string, string][] = [
    ["ANTHROPIC_BASE_URL", shellWord(baseUrl)],
    ["ANTHROPIC_AUTH_TOKEN", `"$${API_KEY_ENV}"`],
    ["ANTHROPIC_API_KEY", '""'],
    // Claude Code's experimental betas are not all accepted by ZenMux.
    ["CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS", "1"],
    ["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC", "1"],
    ["ANTHROPIC_MODEL", shellWord(model)],
    ...(family
      ? [[`ANTHROPIC_DEFAULT_${family.toUpperCase()}_MODEL`, shellWord(model)] as [string, string]]
      : []),
  ];
  return `${vars.map(([name, value]) => `export ${name}=${value}`).join("\n")}\nclaude\n`;
};
