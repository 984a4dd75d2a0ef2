import "server-only";

/**
 * The origin the browser reached the page at, so link previews get absolute image URLs. The
 * forwarded headers count only behind a trusted proxy (TRUST_PROXY), as everywhere else.
 */
export function pageOrigin(headers: Headers, trustProxy: number): URL | undefined {
  const first = (name: string) => headers.get(name)?.split(",")[0]?.trim() || undefined;
  const host = (trustProxy > 0 && first("x-forwarded-host")) || first("host");
  const proto = (trustProxy > 0 && first("x-forwarded-proto")) || "http";
  if (!host || (proto !== "http" && proto !== "https")) return undefined;
  try {
    const url = new URL(`${proto}://${host}`);
    // A Host with a path, credentials or the like is no origin of ours.
    return url.host === host.toLowerCase() ? url : undefined;
  } catch {
    return undefined;
  }
}
