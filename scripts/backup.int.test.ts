import { createHash, randomBytes } from "node:crypto";
import { type Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { seedDemoUsersIfEmpty } from "../lib/server/users/seed-demo-users";
import { createTestDatabase } from "../test/database";
import { createBackup, restoreBackup } from "./lib/backup";
import { createScriptPrismaClient } from "./lib/prisma-client";

type Snapshot = { counts: Record<string, number>; files: Record<string, string>; sample: unknown };

async function snapshot(url: string, storageDir: string): Promise<Snapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    ).rows.map((row) => row.tablename);
    const counts: Record<string, number> = {};
    for (const table of tables)
      counts[table] = Number((await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`)).rows[0]?.n);
    // Types that a dump can mangle: JSON, arrays, floats, timestamps, enums.
    const sample = (
      await client.query(
        `SELECT e.score, e.breakdown, e.status::text, e.completed_at, k.scopes, r.text, r.size_bytes FROM evaluations e JOIN resumes r ON r.id = e.resume_id CROSS JOIN api_keys k ORDER BY e.id`,
      )
    ).rows;
    const files: Record<string, string> = {};
    const walk = (dir: string, prefix: string) => {
      if (!existsSync(dir)) return;
      for (const entry of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
        const key = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory()) walk(path.join(dir, entry.name), key);
        else
          files[key] = createHash("sha256")
            .update(readFileSync(path.join(dir, entry.name)))
            .digest("hex");
      }
    };
    walk(storageDir, "");
    return { counts, files, sample };
  } finally {
    await client.end();
  }
}

async function populate(db: PrismaClient, storageDir: string): Promise<void> {
  await seedDemoUsersIfEmpty({ db });
  const owner = await db.user.findFirstOrThrow({ where: { role: "recruiter" } });
  await db.apiKey.create({
    data: { name: "ci", prefix: "rc_live_ab12", hash: randomBytes(32).toString("hex"), scopes: ["read", "write"], userId: owner.id },
  });
  const job = await db.job.create({
    data: {
      title: "Data Engineer",
      rawText: "Spark, SQL, Airflow — “quotes”, tabs\tand\nnewlines",
      requirements: { skills: [{ name: "SQL", required: true }] },
      ownerId: owner.id,
    },
  });
  for (let i = 0; i < 12; i++) {
    const bytes = randomBytes(2000 + i * 100);
    const storageKey = `resumes/${String(i).padStart(2, "0")}/r${i}`;
    mkdirSync(path.join(storageDir, path.dirname(storageKey)), { recursive: true });
    writeFileSync(path.join(storageDir, storageKey), bytes);
    const resume = await db.resume.create({
      data: {
        originalName: `cv-${i}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey,
        text: `Résumé ${i}: naïve café — 日本語 ${"x".repeat(i * 50)}`,
        profile: { skills: ["SQL"], years: i / 3 },
        parseStatus: "parsed",
        uploadedById: owner.id,
      },
    });
    const evaluation = await db.evaluation.create({
      data: {
        jobId: job.id,
        resumeId: resume.id,
        status: i % 4 === 0 ? "failed" : "completed",
        score: i * 7.123456789,
        verdict: "medium",
        breakdown: { matched: ["SQL"], note: "ok" },
        completedAt: new Date(Date.UTC(2026, 10, 1, 12, 0, i)),
      },
    });
    if (i % 3 === 0)
      await db.decision.create({ data: { evaluationId: evaluation.id, reviewerId: owner.id, decision: "shortlist", note: "strong" } });
  }
  await db.auditLog.create({ data: { actorId: owner.id, action: "job.created", targetType: "job", targetId: job.id, metadata: { n: 1 } } });
  // A temp file of an interrupted write is not part of a backup.
  writeFileSync(path.join(storageDir, "resumes", "00", "partial.tmp"), "partial");
}

async function wipe(url: string, storageDir: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  rmSync(storageDir, { recursive: true, force: true });
}

const temp = mkdtempSync(path.join(os.tmpdir(), "rc-backup-test-"));
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase("backup");
});

afterAll(async () => {
  await database?.drop();
  rmSync(temp, { recursive: true, force: true });
});

describe.each(["pg_dump", "logical"] as const)("[backup]: backup → wipe → restore (%s)", (format) => {
  it("restores every row and file, verified against the manifest", async () => {
    const storageDir = path.join(temp, `storage-${format}`);
    await wipe(database.url, storageDir);
    const { runPrismaCli } = await import("./prisma");
    await runPrismaCli(["migrate", "deploy"], database.url, { quiet: true });
    const db = createScriptPrismaClient(database.url);
    try {
      await populate(db, storageDir);
    } finally {
      await db.$disconnect();
    }
    const before = await snapshot(database.url, storageDir);

    const backup = await createBackup({ databaseUrl: database.url, storage: storageDir, outDir: path.join(temp, `out-${format}`), format });
    expect(path.basename(backup.archive)).toMatch(/^resume-checker-\d{8}-\d{6}\.tar\.gz$/);
    expect(backup.manifest.database.dumpFormat).toBe(format === "pg_dump" ? "pg_dump-custom" : "logical-jsonl");
    expect(backup.manifest.database.tables.resumes).toBe(12);
    expect(backup.manifest.files).toHaveLength(12);

    // The live database is not empty: restore refuses without --force.
    await expect(restoreBackup({ archive: backup.archive, databaseUrl: database.url, storage: storageDir })).rejects.toThrow(
      /Refusing to restore/,
    );

    await wipe(database.url, storageDir);
    const restored = await restoreBackup({ archive: backup.archive, databaseUrl: database.url, storage: storageDir });
    const after = await snapshot(database.url, storageDir);

    const { "resumes/00/partial.tmp": _temp, ...filesBefore } = before.files;
    expect(after.counts).toEqual(before.counts);
    expect(after.files).toEqual(filesBefore);
    expect(after.sample).toEqual(before.sample);
    expect(restored.rows).toBe(Object.values(before.counts).reduce((a, b) => a + b, 0));
    console.log(
      `[backup ${format}] ${restored.tables} tables, ${restored.rows} rows, ${restored.files} files: backup ${backup.seconds.toFixed(2)} s (${(backup.sizeBytes / 1024).toFixed(1)} KiB), restore ${restored.seconds.toFixed(2)} s`,
    );

    // --force replaces a non-empty target.
    const again = await restoreBackup({ archive: backup.archive, databaseUrl: database.url, storage: storageDir, force: true });
    expect(again.rows).toBe(restored.rows);
    expect((await snapshot(database.url, storageDir)).counts).toEqual(before.counts);
  }, 240_000);
});

describe("[backup]: a damaged archive is refused before anything is touched", () => {
  it("detects a file whose hash does not match", async () => {
    const storageDir = path.join(temp, "storage-damaged");
    mkdirSync(path.join(storageDir, "resumes"), { recursive: true });
    writeFileSync(path.join(storageDir, "resumes", "a"), "original");
    const backup = await createBackup({
      databaseUrl: database.url,
      storage: storageDir,
      outDir: path.join(temp, "out-damaged"),
      format: "logical",
    });
    const work = path.join(temp, "tamper");
    mkdirSync(work);
    const { execFileSync } = await import("node:child_process");
    execFileSync("tar", ["-xzf", backup.archive, "-C", work]);
    writeFileSync(path.join(work, "storage", "resumes", "a"), "tampered");
    const tampered = path.join(temp, "tampered.tar.gz");
    execFileSync("tar", ["-czf", tampered, "-C", work, "."]);
    await expect(restoreBackup({ archive: tampered, databaseUrl: database.url, storage: path.join(temp, "nowhere") })).rejects.toThrow(
      /damaged: resumes\/a/,
    );
  });
});

describe("[backup]: objects in an S3 bucket (STORAGE_DRIVER=s3)", () => {
  it("the archive holds the bucket's objects and a restore writes them back, verified", async () => {
    const { startS3Server } = await import("../test/s3-server");
    const { parseEnv } = await import("../lib/env");
    const { storageFromEnv } = await import("../lib/server/storage/get-storage");
    const s3 = await startS3Server("backup-test");
    try {
      const source = storageFromEnv(parseEnv({ ...s3.env, S3_PREFIX: "source" }));
      const files = new Map([
        ["resumes/aa/one", Buffer.from("first resume")],
        ["jobs/bb/two", Buffer.from("a job description")],
      ]);
      for (const [key, bytes] of files) await source.put(key, bytes);
      const backup = await createBackup({
        databaseUrl: database.url,
        storage: source,
        outDir: path.join(temp, "out-s3"),
        format: "logical",
      });
      expect(backup.manifest.files.map((file) => file.key).sort()).toEqual([...files.keys()].sort());

      const target = storageFromEnv(parseEnv({ ...s3.env, S3_PREFIX: "target" }));
      await target.put("resumes/cc/stale", Buffer.from("wiped by --force"));
      await restoreBackup({ archive: backup.archive, databaseUrl: database.url, storage: target, force: true });
      for (const [key, bytes] of files) expect((await target.get(key)).equals(bytes)).toBe(true);
      expect(await target.exists("resumes/cc/stale")).toBe(false);
    } finally {
      await s3.stop();
    }
  });
});
