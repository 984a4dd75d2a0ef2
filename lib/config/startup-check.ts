import "server-only";
import { describePosture, posture } from "@/lib/auth/posture";
import { ConfigError, serverConfig } from "./server-config";

/**
 * Validates the configuration at start-up so a bad value stops the server with a message saying
 * what is wrong, instead of failing on the first request; then says who may use the server's key.
 */
export async function checkConfigAtStartup(): Promise<void> {
  let config: ReturnType<typeof serverConfig>;
  try {
    config = serverConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { logger } = await import("@/lib/server/logger");
  logger().info({ posture: posture(config) }, describePosture(config));
}
