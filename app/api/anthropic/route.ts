// Anthropic-shaped 404s for paths nothing else serves, the same answer as the proxy's catch-all.
export const dynamic = "force-dynamic";

export { DELETE, GET, PATCH, POST, PUT } from "@/app/api/anthropic/[...path]/route";
