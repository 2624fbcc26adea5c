import { mkdtempSync, rmSync } from "node:fs";
import { statfs } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { diskUsage, diskUsageFromStats, getInfrastructure } from "./get-infrastructure";

const storageDir = mkdtempSync(path.join(os.tmpdir(), "rc-infra-"));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

describe("[ops]: infrastructure checks", () => {
  it("reports disk usage of the storage volume as df does", async () => {
    // One reading for both sides: free space on a shared machine changes between two reads.
    const stats = await statfs(storageDir);
    const disk = diskUsageFromStats(storageDir, stats);
    expect(disk.totalBytes).toBe(stats.blocks * stats.bsize);
    expect(disk.freeBytes).toBe(stats.bavail * stats.bsize);
    expect(disk.usedBytes).toBe((stats.blocks - stats.bfree) * stats.bsize);
    expect(disk.usedPercent).toBeGreaterThan(0);
    expect(disk.usedPercent).toBeLessThanOrEqual(100);
    expect((await diskUsage(storageDir)).totalBytes).toBe(disk.totalBytes);
  });

  it("computes percent used over the space a non-root writer can use, with the runbook's 80/90 levels", () => {
    const at = (usedBlocks: number) =>
      diskUsageFromStats("/x", { blocks: 1100, bfree: 1100 - usedBlocks, bavail: 1000 - usedBlocks, bsize: 4096 });
    // 100 blocks reserved for root: 500 used of 1000 usable = 50 %.
    expect(at(500)).toMatchObject({ usedPercent: 50, level: "ok" });
    expect(at(800)).toMatchObject({ usedPercent: 80, level: "warning" });
    expect(at(900)).toMatchObject({ usedPercent: 90, level: "critical" });
    expect(at(1000)).toMatchObject({ usedPercent: 100, level: "critical", freeBytes: 0 });
  });

  it("lists a query that runs longer than the threshold, with its duration, and counts the connection", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const sleeping = client.query("SELECT pg_sleep(30) /* infra-probe */").catch((error: Error) => error);
    try {
      let found: Awaited<ReturnType<typeof getInfrastructure>>["database"]["longRunning"][number] | undefined;
      let infra: Awaited<ReturnType<typeof getInfrastructure>> | undefined;
      for (let attempt = 0; attempt < 40 && !found; attempt++) {
        infra = await getInfrastructure({ db: getDb(), storageDir, longRunningMs: 300 });
        found = infra.database.longRunning.find((query) => query.query.includes("infra-probe"));
        if (!found) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(found, "the sleeping query is listed").toBeDefined();
      expect(found?.durationMs).toBeGreaterThanOrEqual(300);
      expect(found?.state).toBe("active");
      expect(infra?.database.connections.total).toBeGreaterThanOrEqual(2);
      expect(infra?.database.connections.active).toBeGreaterThanOrEqual(1);
      expect(infra?.database.connections.max).toBeGreaterThan(0);
      expect(infra?.database.sizeBytes).toBeGreaterThan(1_000_000);
      // The pid shown is the one to cancel (the runbook's next step for a stuck query).
      await getDb().$queryRaw`SELECT pg_cancel_backend(${found?.pid})`;
      expect(String(await sleeping)).toContain("canceling statement");
    } finally {
      await client.query("SELECT 1").catch(() => undefined);
      await client.end();
    }
  });

  it("does not list short queries and counts stored files from the resume rows", async () => {
    const before = await getInfrastructure({ db: getDb(), storageDir });
    expect(before.database.longRunning.filter((query) => query.query.includes("infra-probe"))).toEqual([]);
    await getDb().resume.create({
      data: {
        originalName: "x.txt",
        mimeType: "text/plain",
        sizeBytes: 1234,
        sha256: `infra-${Date.now()}`,
        storageKey: `infra/${Date.now()}`,
      },
    });
    const after = await getInfrastructure({ db: getDb(), storageDir });
    expect(after.storedFiles.count).toBe(before.storedFiles.count + 1);
    expect(after.storedFiles.bytes).toBe(before.storedFiles.bytes + 1234);
  });
});
