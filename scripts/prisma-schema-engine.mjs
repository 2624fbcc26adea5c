#!/usr/bin/env node
// Offline stand-in for Prisma's native schema-engine binary, which the Prisma CLI
// would otherwise download (impossible without internet). It speaks the same
// JSON-RPC protocol on stdin/stdout and delegates to the official WebAssembly
// build of the same engine (@prisma/schema-engine-wasm) over @prisma/adapter-pg.
// scripts/prisma.ts sets PRISMA_SCHEMA_ENGINE_BINARY to this file.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const require = createRequire(import.meta.url);

// PostgreSQL's internal "char" (oid 18) and name (oid 19) columns appear in the
// engine's introspection queries; the adapter has no mapping for them. They are
// text on the wire, so report them as text.
const TEXT_OID = 25;
function reportInternalTextTypesAsText(result) {
  for (const field of result?.fields ?? []) {
    if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = TEXT_OID;
  }
  return result;
}
// PostgreSQL 18 (the embedded development database) records NOT NULL as
// pg_constraint rows of type 'n'; the engine's check-constraint introspection
// does not know that type and panics. NOT NULL is read from pg_attribute anyway.
const CONSTRAINT_TYPES_FILTER = "contype NOT IN ('p', 'u', 'f')";
function withoutNotNullConstraints(args) {
  const [first] = args;
  const text = typeof first === "string" ? first : first?.text;
  if (typeof text !== "string" || !text.includes(CONSTRAINT_TYPES_FILTER)) return args;
  const rewritten = text.replace(CONSTRAINT_TYPES_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')");
  return [typeof first === "string" ? rewritten : { ...first, text: rewritten }, ...args.slice(1)];
}
for (const proto of [pg.Client.prototype, pg.Pool.prototype]) {
  const original = proto.query;
  proto.query = function queryReportingTextTypes(...rawArgs) {
    const args = withoutNotNullConstraints(rawArgs);
    const result = original.apply(this, args);
    return result && typeof result.then === "function" ? result.then(reportInternalTextTypesAsText) : result;
  };
}

function databaseUrlWithName(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// The stock factory spreads `{ ...config, database }`, which pg ignores when a
// connectionString is present, and drops the shadow database while its pool is
// still connected. Build the shadow connection from a rewritten URL and close
// the pool before dropping.
class ShadowAwarePrismaPg extends PrismaPg {
  constructor(url, shadowUrl) {
    super({ connectionString: url });
    this.url = url;
    this.shadowUrl = shadowUrl;
  }

  async connectToShadowDb() {
    if (this.shadowUrl) return new PrismaPg({ connectionString: this.shadowUrl }).connect();
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const adapter = await new PrismaPg({ connectionString: databaseUrlWithName(this.url, database) }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await admin.end();
      }
    };
    return adapter;
  }
}

// The wasm build reports Rust panics through this global before throwing.
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: "",
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  },
};

async function loadWasmEngine() {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkgDir = path.dirname(bgPath);
  const bg = await import(bgPath);
  const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") out.datamodels.push(argv[++i]);
    else if (arg === "--datasource") out.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") out.cli = argv.slice(i + 1);
    else if (arg === "--version" || arg === "-V") out.version = true;
  }
  return out;
}

function log(level, message, extra = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, target: "schema_engine::logger", fields: { message, ...extra } })}\n`,
  );
}

function datasourceUrls(datasource) {
  const url = datasource?.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error("No database URL: set DATABASE_URL or pass --datasource.");
  return { url, shadowUrl: datasource?.shadowDatabaseUrl ?? process.env.SHADOW_DATABASE_URL ?? null };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  await withClient(databaseUrlWithName(url, "postgres"), async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  });
  return name;
}

async function runCliCommand(args, datasource) {
  const { url } = datasourceUrls(datasource);
  const command = args[0];
  try {
    if (command === "can-connect-to-database") await withClient(url, (c) => c.query("SELECT 1"));
    else if (command === "create-database") await createDatabase(url);
    else if (command === "drop-database") {
      const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
      await withClient(databaseUrlWithName(url, "postgres"), (c) =>
        c.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`),
      );
    } else throw new Error(`Unsupported schema-engine cli command: ${command}`);
    process.exit(0);
  } catch (error) {
    const code = error?.code === "3D000" ? "P1003" : "P1001";
    log("ERROR", error instanceof Error ? error.message : String(error), { error_code: code });
    process.exit(1);
  }
}

function rpcError(id, error) {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY.message;
  if (panic) {
    globalThis.PRISMA_WASM_PANIC_REGISTRY.message = "";
    return {
      jsonrpc: "2.0",
      id,
      error: { code: 4466, message: panic, data: { is_panic: true, message: panic, error: { message: panic } } },
    };
  }
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  const data = { is_panic: false, message, error_code: error?.error_code ?? error?.code ?? undefined, meta: error?.meta };
  return { jsonrpc: "2.0", id, error: { code: 4466, message: "An error happened. Check the data field for details.", data } };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

function migrationTimestamp(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

function isEmptyScript(script) {
  return script.replace(/--[^\n]*/g, "").trim() === "";
}

async function serve(options) {
  const engineModule = await loadWasmEngine();
  const datamodels = options.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  let engine = null;

  const newEngine = (url, shadowUrl) =>
    engineModule.SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      (message) => process.stderr.write(`${typeof message === "string" ? message : JSON.stringify(message)}\n`),
      // The engine expects the Result-wrapped adapter interface the Prisma client uses.
      bindMigrationAwareSqlAdapterFactory(new ShadowAwarePrismaPg(url, shadowUrl)),
    );

  const getEngine = async () => {
    if (engine) return engine;
    const { url, shadowUrl } = datasourceUrls(options.datasource);
    engine = await newEngine(url, shadowUrl);
    return engine;
  };

  /**
   * The wasm build cannot replay migrations into a shadow database by itself, which
   * `migrate dev` needs once migrations exist. Do it the long way: a throwaway
   * database, the migrations applied to it, then a diff from it to the schema.
   */
  async function diffFromMigrationHistory(params) {
    const { url, shadowUrl } = datasourceUrls(options.datasource);
    let shadow = shadowUrl;
    let dropShadow = async () => undefined;
    if (!shadow) {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
      await withClient(url, (c) => c.query(`CREATE DATABASE "${name}"`));
      shadow = databaseUrlWithName(url, name);
      dropShadow = () => withClient(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
    try {
      const shadowEngine = await newEngine(shadow, null);
      try {
        if (params.migrationsList.shadowDbInitScript)
          await shadowEngine.dbExecute({ datasourceType: { tag: "url", url: shadow }, script: params.migrationsList.shadowDbInitScript });
        await shadowEngine.applyMigrations({ migrationsList: params.migrationsList, filters: params.filters ?? NO_FILTER });
        const result = await shadowEngine.diff({
          from: { tag: "schemaDatasource", files: params.schema.files, configDir: process.cwd() },
          to: { tag: "schemaDatamodel", files: params.schema.files },
          script: true,
          exitCode: null,
          filters: params.filters ?? NO_FILTER,
        });
        return result.stdout ?? "";
      } finally {
        shadowEngine.free();
      }
    } finally {
      await dropShadow();
    }
  }

  const handlers = {
    async getDatabaseVersion() {
      const { url } = datasourceUrls(options.datasource);
      return withClient(url, async (c) => (await c.query("SELECT version()")).rows[0].version);
    },
    async createDatabase(params) {
      const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasourceUrls(options.datasource).url;
      return { databaseName: await createDatabase(url) };
    },
    async version() {
      return engineModule.version();
    },
    async devDiagnostic(params) {
      const history = await (await getEngine()).diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: false,
        filters: params.filters ?? NO_FILTER,
      });
      if (history.failedMigrationNames.length > 0) {
        return { action: { tag: "reset", reason: `The migration(s) ${history.failedMigrationNames.join(", ")} failed to apply.` } };
      }
      if (history.editedMigrationNames.length > 0) {
        return {
          action: {
            tag: "reset",
            reason: `The migration(s) ${history.editedMigrationNames.join(", ")} were modified after they were applied.`,
          },
        };
      }
      if (history.history?.diagnostic === "historiesDiverge" || history.history?.diagnostic === "migrationsDirectoryIsBehind") {
        return { action: { tag: "reset", reason: "The migrations recorded in the database diverge from the local migrations directory." } };
      }
      return { action: { tag: "createMigration" } };
    },
    async evaluateDataLoss(params) {
      // Data-loss warnings from the generated SQL: dropped tables and columns.
      const script = await diffFromMigrationHistory(params);
      const statements = script
        .replace(/--[^\n]*/g, "")
        .split(";")
        .map((statement) => statement.trim())
        .filter(Boolean);
      const warnings = [];
      statements.forEach((statement, stepIndex) => {
        const table = statement.match(/^DROP TABLE "([^"]+)"/i);
        if (table)
          warnings.push({ message: `You are about to drop the table \`${table[1]}\`. All the data in it will be lost.`, stepIndex });
        for (const column of statement.matchAll(/DROP COLUMN "([^"]+)"/gi)) {
          warnings.push({ message: `You are about to drop the column \`${column[1]}\`. All the data in it will be lost.`, stepIndex });
        }
      });
      return { migrationSteps: statements.length, unexecutableSteps: [], warnings };
    },
    async createMigration(params) {
      const script = await diffFromMigrationHistory(params);
      const empty = isEmptyScript(script);
      return {
        connectorType: "postgresql",
        generatedMigrationName: `${migrationTimestamp()}_${params.migrationName}`,
        migrationScript: empty && !params.draft ? null : script,
        extension: "sql",
      };
    },
  };

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const pending = new Set();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      return;
    }
    if (request.method === undefined) return; // a reply to one of our own requests
    const task = (async () => {
      let response;
      try {
        let result;
        if (handlers[request.method]) result = await handlers[request.method](request.params);
        else {
          const instance = await getEngine();
          if (typeof instance[request.method] !== "function")
            throw new Error(`Method not supported by the WebAssembly schema engine: ${request.method}`);
          result = await instance[request.method](request.params);
        }
        response = { jsonrpc: "2.0", id: request.id, result: result === undefined ? null : result };
      } catch (error) {
        response = rpcError(request.id, error);
      }
      process.stdout.write(`${JSON.stringify(response)}\n`);
    })();
    pending.add(task);
    task.finally(() => pending.delete(task));
  });
  rl.on("close", async () => {
    await Promise.allSettled([...pending]);
    process.exit(0);
  });
}

const options = parseArgs(process.argv.slice(2));
if (options.version) {
  const engineModule = await loadWasmEngine();
  process.stdout.write(`schema-engine-wasm ${engineModule.version()}\n`);
  process.exit(0);
}
if (options.cli) await runCliCommand(options.cli, options.datasource);
else await serve(options);
