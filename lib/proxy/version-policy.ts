import { ANTHROPIC_VERSION } from "@/lib/anthropic/protocol";
import { type Refusal, refusal } from "./refusal";

const HOW_TO_SEND =
  `Send the header \`anthropic-version: ${ANTHROPIC_VERSION}\`: with curl, -H "anthropic-version: ${ANTHROPIC_VERSION}"; ` +
  `with the TypeScript SDK, new Anthropic({ defaultHeaders: { "anthropic-version": "${ANTHROPIC_VERSION}" } }) ` +
  `(its default version is not accepted by ZenMux); the Python SDK sends ${ANTHROPIC_VERSION} already.`;

/** ZenMux speaks exactly one API version, so anything else is refused before going upstream. */
export function checkVersion(headers: Headers): Refusal | undefined {
  const version = headers.get("anthropic-version");
  if (version === ANTHROPIC_VERSION) return undefined;
  const got =
    version === null
      ? "The anthropic-version header is missing."
      : `Got anthropic-version "${version}".`;
  return refusal(
    400,
    "invalid_request_error",
    `${got} ZenMux supports only anthropic-version ${ANTHROPIC_VERSION}. ${HOW_TO_SEND}`,
  );
}
