import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Starting, watching and stopping the benchmark's server processes. */

export const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), "loop-probe.cjs");

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function assertPortFree(port) {
  if (await portOpen(port))
    throw new Error(`Port ${port} is already in use; set BENCH_PORT_BASE to another range.`);
}

/**
 * Starts `command args` with the event-loop probe loaded, and resolves once `port` accepts
 * connections. The returned handle stops the whole process group.
 */
export async function startServer(name, command, args, { port, env = {}, cwd, probeDir }) {
  await assertPortFree(port);
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${PROBE}`.trim(),
      BENCH_PROBE_DIR: probeDir,
    },
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const deadline = Date.now() + 60_000;
  while (!(await portOpen(port))) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`${name} did not start on port ${port}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {}
      }, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function children(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(pid) {
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.pop();
    total += rssKb(next);
    queue.push(...children(next));
  }
  return total / 1024;
}

/** Samples a process tree's RSS every 200 ms until stopped; `stop()` returns the peak in MB. */
export function watchPeakRss(pid) {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, 200);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRssMb(pid));
  };
}

/**
 * Event-loop delay the probes saw between `from` and `to` (epoch ms) in any process of the tree:
 * the median of the 1-second p99s of the busiest process, and the worst single delay.
 */
export function loopDelay(probeDir, pids, from, to) {
  let best = { p99: 0, max: 0 };
  for (const file of readdirSync(probeDir)) {
    if (!pids.includes(Number(file.replace(".jsonl", "")))) continue;
    const samples = readFileSync(path.join(probeDir, file), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((sample) => sample.t >= from && sample.t <= to + 1000);
    if (samples.length === 0) continue;
    const p99s = samples.map((sample) => sample.p99).sort((a, b) => a - b);
    const p99 = p99s[Math.floor(p99s.length / 2)];
    const max = Math.max(...samples.map((sample) => sample.max));
    if (p99 > best.p99) best = { p99, max: Math.max(max, best.max) };
  }
  return best;
}

/** Every pid of a process tree (the probe writes one file per process). */
export function treePids(pid) {
  const all = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.pop();
    all.push(next);
    queue.push(...children(next));
  }
  return all;
}

/** CPU time (user + system) of a process tree so far, in ms. */
export function treeCpuMs(pid) {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const each of treePids(pid)) {
    try {
      const fields = readFileSync(`/proc/${each}/stat`, "utf8").split(") ")[1].split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {}
  }
  return total;
}
