import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import { API_KEY_ENV, betaHeader, messagesUrl, type SnippetGenerator } from "./options";
import { shellWord, singleQuote, withEnv } from "./shell";

/**
 * `curl` with the body single-quoted: inside single quotes a POSIX shell expands nothing, and the
 * only character to escape is `'` itself (`'\''`), so any text survives, unlike a heredoc whose
 * delimiter could appear in the body.
 */
export const generateCurl: SnippetGenerator = (request, { baseUrl }) => {
  const beta = betaHeader(request);
  const lines = [
    `curl ${shellWord(messagesUrl(baseUrl))}`,
    ...(request.body.stream ? ["--no-buffer"] : []),
    `-H ${withEnv("x-api-key: ", API_KEY_ENV)}`,
    `-H ${shellWord(`anthropic-version: ${ANTHROPIC_VERSION}`)}`,
    `-H "content-type: application/json"`,
    ...(beta ? [`-H ${shellWord(`anthropic-beta: ${beta}`)}`] : []),
    `-d ${singleQuote(JSON.stringify(request.body, null, 2))}`,
  ];
  return `${lines.join(" \\\n  ")}\n`;
};
