// The audit log listing behind the admin page and GET /api/v1/audit-log: filters and paging.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { auditLogQuerySchema } from "@/lib/schemas/api-v1";
import { writeAuditLog } from "@/lib/server/audit";
import { listAuditLog } from "@/lib/server/audit-log/list-audit-log";
import { GET as auditRoute } from "@/app/api/v1/audit-log/route";
import { call, createKey, createUser } from "./api-test-kit";

describe("audit log listing", () => {
  it("filters by action (exact or prefix), actor (email or key label) and date, newest first, with cursor paging", async () => {
    const db = getDb();
    const alice = await createUser("recruiter", "alice");
    const tag = `t${Date.now()}`;
    await writeAuditLog(db, { actorId: alice.id, action: `${tag}.created`, targetType: "thing", targetId: "1" });
    await writeAuditLog(db, {
      actorId: alice.id,
      actorLabel: "api-key:rc_live_abc123",
      action: `${tag}.deleted`,
      targetType: "thing",
      targetId: "2",
    });
    await writeAuditLog(db, { actorLabel: "system", action: `${tag}.created`, targetType: "thing", targetId: "3" });
    await db.auditLog.updateMany({
      where: { action: `${tag}.created`, targetId: "3" },
      data: { createdAt: new Date("2026-01-15T12:00:00Z") },
    });

    const all = await listAuditLog({ db, query: auditLogQuerySchema.parse({ action: `${tag}.` }) });
    expect(all.items.map((entry) => entry.targetId)).toEqual(["2", "1", "3"]);
    expect(
      (await listAuditLog({ db, query: auditLogQuerySchema.parse({ action: `${tag}.created` }) })).items.map((entry) => entry.targetId),
    ).toEqual(["1", "3"]);
    const byEmail = await listAuditLog({ db, query: auditLogQuerySchema.parse({ action: `${tag}.`, actor: alice.email.toUpperCase() }) });
    expect(byEmail.items.map((entry) => entry.targetId)).toEqual(["2", "1"]);
    expect(byEmail.items[0]?.actor).toBe(`${alice.email} via api-key:rc_live_abc123`);
    expect(
      (await listAuditLog({ db, query: auditLogQuerySchema.parse({ action: `${tag}.`, actor: "rc_live_abc" }) })).items.map(
        (entry) => entry.targetId,
      ),
    ).toEqual(["2"]);
    const january = await listAuditLog({
      db,
      query: auditLogQuerySchema.parse({ action: `${tag}.`, from: "2026-01-15", to: "2026-01-15" }),
    });
    expect(january.items.map((entry) => entry.targetId)).toEqual(["3"]);

    const firstPage = await listAuditLog({ db, query: auditLogQuerySchema.parse({ action: `${tag}.`, limit: 2 }) });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextCursor).not.toBeNull();
    const secondPage = await listAuditLog({
      db,
      query: auditLogQuerySchema.parse({ action: `${tag}.`, limit: 2, cursor: firstPage.nextCursor }),
    });
    expect(secondPage.items.map((entry) => entry.targetId)).toEqual(["3"]);
    expect(secondPage.nextCursor).toBeNull();
  });

  it("is served to admin keys with the admin scope; bad dates are 400", async () => {
    const admin = await createUser("admin");
    const key = await createKey(admin, ["admin"]);
    const headers = { authorization: `Bearer ${key.secret}` };
    expect(
      (await call(auditRoute, { method: "GET", path: "/api/v1/audit-log", headers, query: { action: "api_key.created" } })).status,
    ).toBe(200);
    expect((await call(auditRoute, { method: "GET", path: "/api/v1/audit-log", headers, query: { from: "2026-13-45" } })).status).toBe(400);
  });
});
