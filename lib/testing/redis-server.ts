import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { freeLoopbackPort } from "./loopback-server";

export interface RunningRedis {
  url: string;
  /** Stops the server at once (SIGKILL), as a crash would. */
  kill: () => Promise<void>;
}

export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

/** A real redis-server on a free loopback port, without persistence, for one test file. */
export async function startRedis(): Promise<RunningRedis> {
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on("error", () => {});
    try {
      await probe.connect();
      await probe.ping();
      break;
    } catch (error) {
      if (attempt > 50 || child.exitCode !== null) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      probe.disconnect();
    }
  }
  return {
    url,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
