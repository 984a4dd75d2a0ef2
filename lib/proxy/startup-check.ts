import "server-only";
import { ConfigError, serverConfig } from "./config";

/**
 * Validates the configuration at start-up so a bad value stops the server with a message saying
 * what is wrong, instead of failing on the first request.
 */
export function checkConfigAtStartup(): void {
  try {
    serverConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
