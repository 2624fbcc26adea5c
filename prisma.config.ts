import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI runs through scripts/prisma.ts, which sets DATABASE_URL (embedded or external)
// and points PRISMA_SCHEMA_ENGINE_BINARY at the offline WebAssembly engine.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
