// `npm run prisma -- <args>`: the Prisma CLI, working offline.
// Points the CLI at the WebAssembly schema engine shim and, when DATABASE_URL is
// unset, at the embedded development database (started for the command's duration).
import { spawn } from "node:child_process";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { withDevelopmentDatabase } from "./lib/database";
import { runCaptured } from "./lib/run-captured";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const shim = path.join(root, "scripts", "prisma-schema-engine.mjs");

export function prismaCliEnv(databaseUrl: string): NodeJS.ProcessEnv {
  chmodSync(shim, 0o755);
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: shim,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
}

export async function runPrismaCli(args: string[], databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  const command = [require.resolve("prisma/build/index.js"), ...args];
  if (!options.quiet) {
    const child = spawn(process.execPath, command, { cwd: root, env: prismaCliEnv(databaseUrl), stdio: "inherit" });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("exit", resolve);
    });
    if (code !== 0) throw new Error(`prisma ${args.join(" ")} failed (exit ${code})`);
    return;
  }
  const run = await runCaptured(process.execPath, command, { cwd: root, env: prismaCliEnv(databaseUrl) });
  if (run.code !== 0) throw new Error(`prisma ${args.join(" ")} failed (exit ${run.code})${run.output ? `:\n${run.output.trim()}` : ""}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  // Only commands that talk to a database need one started.
  const needsDatabase = ["migrate", "db", "studio"].includes(args[0] ?? "");
  const run = needsDatabase
    ? withDevelopmentDatabase(async (url) => runPrismaCli(args, url))
    : runPrismaCli(args, process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1:5432/unused");
  run.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
