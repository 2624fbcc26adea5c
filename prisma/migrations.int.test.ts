import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prismaCliEnv } from "../scripts/prisma";
import { createTestDatabase } from "../test/database";

const root = path.resolve(import.meta.dirname, "..");
const migrationsDir = path.join(root, "prisma", "migrations");
const schemaPath = path.join(root, "prisma", "schema.prisma");

/** One JSON-RPC call to the schema engine the Prisma CLI uses here (scripts/prisma-schema-engine.mjs). */
async function schemaEngineCall(
  databaseUrl: string,
  method: string,
  params: unknown,
): Promise<{ result?: unknown; error?: { message: string } }> {
  const child = spawn(path.join(root, "scripts", "prisma-schema-engine.mjs"), ["--datasource", JSON.stringify({ url: databaseUrl })], {
    cwd: root,
    env: prismaCliEnv(databaseUrl),
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines = readline.createInterface({ input: child.stdout });
  const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) =>
    lines.once("line", (line) => resolve(JSON.parse(line))),
  );
  child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: 1, method, params })}\n`);
  const answer = await reply;
  child.stdin.end();
  await new Promise((resolve) => child.once("exit", resolve));
  return answer;
}

function migrationsList() {
  const directories = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8") },
    migrationDirectories: directories.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
    shadowDbInitScript: "",
  };
}

describe("[migrations]: prisma/migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase("drift");
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("applied to an empty database leave no drift from schema.prisma", async () => {
    const files = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
    const answer = await schemaEngineCall(database.url, "diff", {
      from: { tag: "schemaDatasource", files, configDir: root },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    expect(answer.error).toBeUndefined();
    const script = (answer.result as { stdout: string }).stdout;
    // Only comments ("-- This is an empty migration.") means nothing is left to migrate.
    expect(script.replace(/--[^\n]*/g, "").trim()).toBe("");
  });

  it("are all recorded as applied", async () => {
    const answer = await schemaEngineCall(database.url, "diagnoseMigrationHistory", {
      migrationsList: migrationsList(),
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    expect(answer.error).toBeUndefined();
    expect(answer.result).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [] });
  });
});
