import { parseBetas } from "@/lib/anthropic/protocol";
import type { PlaygroundRequest } from "@/lib/anthropic/request";
import { toRequest } from "./body";
import { checkJsonNumbers } from "./exact-number";
import { type ShellToken, splitShellWords } from "./shell-words";
import { ImportError } from "./tokens";

const DATA_OPTIONS = new Set([
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--json",
]);
const HEADER_OPTIONS = new Set(["-H", "--header"]);
/** curl options that take a value the importer does not need. */
const SKIPPED_WITH_VALUE = new Set([
  "-X",
  "--request",
  "-o",
  "--output",
  "-u",
  "--user",
  "-A",
  "--user-agent",
  "-e",
  "--referer",
  "-m",
  "--max-time",
  "--connect-timeout",
  "-w",
  "--write-out",
  "-b",
  "--cookie",
  "-c",
  "--cookie-jar",
  "--retry",
  "-x",
  "--proxy",
  "--url",
]);

/** Reads a `curl` command: its JSON body (quoted, `$'…'` or a heredoc) and `anthropic-beta`. */
export function parseCurl(source: string): PlaygroundRequest {
  const { tokens, heredocs } = splitShellWords(source);
  const start = tokens.findIndex((token) => token.kind === "word" && token.text === "curl");
  if (start === -1) throw new ImportError("no `curl` command");
  const command: ShellToken[] = [];
  let stdin: string | undefined;
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i] as ShellToken;
    if (token.kind === "word") command.push(token);
    else if (token.text === "<<") stdin = heredocs.get(i);
    else if (token.text === "<<<") {
      const next = tokens[++i];
      stdin = next?.kind === "word" ? `${next.text}\n` : undefined;
    } else if (token.text === "<")
      throw new ImportError("the body is read from a file, which cannot be imported", token.line);
    else break; // The command ends at a newline, `|`, `;`, `&&` …
  }
  const data: string[] = [];
  const headers: string[] = [];
  for (let i = 0; i < command.length; i++) {
    const token = command[i] as ShellToken;
    const { option, value } = splitOption(token.text, () => {
      const next = command[++i];
      if (!next) throw new ImportError(`\`${token.text}\` has no value`, token.line);
      return next.text;
    });
    if (option === undefined) continue;
    if (DATA_OPTIONS.has(option)) {
      const text = value();
      if (option !== "--data-raw" && text.startsWith("@")) {
        if (text !== "@-")
          throw new ImportError(`the body is read from the file \`${text.slice(1)}\``, token.line);
        if (stdin === undefined)
          throw new ImportError(
            "the body comes from standard input (`@-`) but no heredoc follows",
            token.line,
          );
        data.push(stdin);
      } else data.push(text);
    } else if (HEADER_OPTIONS.has(option)) headers.push(value());
    else if (SKIPPED_WITH_VALUE.has(option)) value();
  }
  if (data.length === 0) throw new ImportError("the command has no body (`-d` or `--data`)");
  const json = data.join("&");
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`the body is not valid JSON: ${(error as Error).message}`);
  }
  checkJsonNumbers(json);
  const betas = headers
    .filter((header) => /^anthropic-beta\s*:/i.test(header))
    .map((header) => header.slice(header.indexOf(":") + 1));
  // x-api-key and Authorization are deliberately not read: a key never enters the request.
  return toRequest(body, parseBetas(betas));
}

/**
 * Splits `-dVALUE`, `-H VALUE`, `--data VALUE` into the option and a getter for its value;
 * words that are not options (the URL) give no option.
 */
function splitOption(
  word: string,
  nextWord: () => string,
): { option?: string; value: () => string } {
  if (word.startsWith("--")) return { option: word, value: nextWord };
  if (word.startsWith("-") && word.length > 1) {
    const short = word.slice(0, 2);
    const attached = word.slice(2);
    if (
      attached &&
      (DATA_OPTIONS.has(short) || HEADER_OPTIONS.has(short) || SKIPPED_WITH_VALUE.has(short))
    )
      return { option: short, value: () => attached };
    return { option: attached ? undefined : short, value: nextWord };
  }
  return { value: nextWord };
}
