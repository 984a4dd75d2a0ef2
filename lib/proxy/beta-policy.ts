import {
  CODE_EXECUTION_REFUSAL,
  isCodeExecutionTool,
  parseBetas,
  UNSUPPORTED_BETAS,
} from "@/lib/anthropic/protocol";
import { type Refusal, refusal } from "./refusal";

/** Betas ZenMux rejects are refused here, with a reason, rather than failing obscurely upstream. */
export function checkBetas(headers: Headers): Refusal | undefined {
  for (const beta of parseBetas([headers.get("anthropic-beta")])) {
    const reason = UNSUPPORTED_BETAS[beta];
    if (reason)
      return refusal(
        400,
        "invalid_request_error",
        `${reason} Remove "${beta}" from anthropic-beta.`,
      );
  }
  return undefined;
}

/** A code-execution tool in the body needs the same unsupported beta, so it is refused too. */
export function checkTools(body: Record<string, unknown>): Refusal | undefined {
  if (!Array.isArray(body.tools) || !body.tools.some(isCodeExecutionTool)) return undefined;
  return refusal(
    400,
    "invalid_request_error",
    `${CODE_EXECUTION_REFUSAL} Remove the code execution tool from \`tools\`.`,
  );
}
