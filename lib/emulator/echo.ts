/**
 * A test model that answers with the last user message, verbatim (still cut by max_tokens and
 * stop sequences). It lets tests put any text into a reply, such as hostile Markdown, through the
 * same proxy, stream and views as every other answer.
 */
export const ECHO_MODEL_ID = "emulator/echo";

/** The echo model's answer, or null for any other model. */
export function echoAnswer(model: string, lastUserText: string): string | null {
  return model === ECHO_MODEL_ID ? lastUserText : null;
}
