import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import { API_KEY_ENV, betaHeader, messagesUrl, type SnippetGenerator } from "./options";
import { quotedHeredoc, shellWord, withEnv } from "./shell";

/**
 * `curl` reading the body from a quoted heredoc on standard input: bodies of any size run (an
 * argument over 128 kB fails with "Argument list too long"), and `--data-binary` sends the
 * bytes exactly, where `-d @-` would strip newlines.
 */
export const generateCurl: SnippetGenerator = (request, { baseUrl }) => {
  const beta = betaHeader(request);
  const body = quotedHeredoc(JSON.stringify(request.body, null, 2));
  const lines = [
    `curl ${shellWord(messagesUrl(baseUrl))}`,
    ...(request.body.stream ? ["--no-buffer"] : []),
    `-H ${withEnv("x-api-key: ", API_KEY_ENV)}`,
    `-H ${shellWord(`anthropic-version: ${ANTHROPIC_VERSION}`)}`,
    `-H "content-type: application/json"`,
    ...(beta ? [`-H ${shellWord(`anthropic-beta: ${beta}`)}`] : []),
    `--data-binary @- ${body.redirect}`,
  ];
  return `${lines.join(" \\\n  ")}\n${body.document}`;
};
