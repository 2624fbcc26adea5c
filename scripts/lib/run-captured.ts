// Runs a command to completion and returns its exit code with stdout and stderr
// interleaved, for scripts and tests that report a child's output on failure.
import { spawn } from "node:child_process";

export type CapturedRun = { code: number | null; output: string };

export function runCaptured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<CapturedRun> {
  return new Promise((resolve, reject) => {
    const env = (options.env ?? process.env) as NodeJS.ProcessEnv;
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill("SIGKILL"), options.timeoutMs) : undefined;
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
