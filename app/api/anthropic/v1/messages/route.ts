import { postOnlyRoute } from "@/lib/server/post-only-route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// proxy.ts skips this route (the busiest): its handlers set the API headers themselves.
export const { POST, DELETE, GET, OPTIONS, PATCH, PUT } = postOnlyRoute("messages");
