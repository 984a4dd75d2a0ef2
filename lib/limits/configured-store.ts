import "server-only";
import { serverConfig } from "@/lib/config/server-config";
import { logger } from "../server/logger";
import { type LimitStore, limitStore } from "./limit-store";

let lastComplaint = 0;

/** The configured store; a Redis outage is logged at most once a minute, never with a stack. */
export function serverStore(): LimitStore {
  return limitStore(serverConfig().REDIS_URL, (error) => {
    if (Date.now() - lastComplaint < 60_000) return;
    lastComplaint = Date.now();
    logger().error({ store: "redis", problem: error.message }, "Redis is unavailable");
  });
}
