// Throwaway PostgreSQL databases for the test suites: created on the server at
// TEST_DATABASE_ADMIN_URL (default: the local PostgreSQL on 127.0.0.1:5432),
// migrated with the real Prisma migrations, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { runPrismaCli } from "../scripts/prisma";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
}

export function databaseUrlFor(name: string, base = adminUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>, base = adminUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(
  label: string,
  options: { migrate?: boolean } = {},
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `rc_test_${label}_${randomBytes(4).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrlFor(name);
  if (options.migrate !== false) await runPrismaCli(["migrate", "deploy"], url, { quiet: true });
  return { name, url, drop: () => dropTestDatabase(name) };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
