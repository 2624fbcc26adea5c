// Starts the production build (scripts/server.mjs) as a child process and waits until
// /api/health answers. Used by `npm start`, the test runner and the benchmarks.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { root } from "./build";

export type AppServer = { url: string; child: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<number | null> };

export function isPortFree(port: number, host = "0.0.0.0"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(
  url: string,
  options: { timeoutMs: number; child?: ChildProcess; acceptUnhealthy?: boolean },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (options.child && options.child.exitCode !== null)
      throw new Error(`the app exited with code ${options.child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok || (options.acceptUnhealthy && response.status === 503)) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy within ${options.timeoutMs / 1000} s (last answer: ${last.slice(0, 300)})`);
}

export async function startAppServer(options: {
  port: number;
  env: Record<string, string | undefined>;
  /** Where the server's output goes; inherits the terminal when omitted. */
  logFile?: string;
  pidFile?: string;
  timeoutMs?: number;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  let stdio: "inherit" | ["ignore", number, number] = "inherit";
  if (options.logFile) {
    mkdirSync(path.dirname(options.logFile), { recursive: true });
    const { openSync } = await import("node:fs");
    const fd = openSync(options.logFile, "a");
    stdio = ["ignore", fd, fd];
  }
  // scripts/server.mjs rather than `next start`: it tells the app the socket address (lib/request-ip.ts).
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "--port", String(options.port)], {
    cwd: root,
    // NEXT_MANUAL_SIG_HANDLE: the app drains its evaluation runner on SIGTERM/SIGINT, then exits (graceful-shutdown.ts).
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "1", ...options.env, NODE_ENV: "production" },
    stdio,
  });
  if (options.pidFile && child.pid) writeFileSync(options.pidFile, String(child.pid));
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      child.kill(signal);
    });
  try {
    await waitForHealth(url, { timeoutMs: options.timeoutMs ?? 60_000, child, acceptUnhealthy: true });
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { url, child, stop };
}
