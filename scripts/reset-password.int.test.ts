import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/passwords";
import { root } from "./lib/build";
import { runCaptured } from "./lib/run-captured";

function resetPassword(args: string[]) {
  return runCaptured(path.join(root, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/reset-password.ts", ...args], {
    cwd: root,
    env: { ...process.env },
  });
}

describe("[scripts]: npm run reset-password", () => {
  it("gives the only admin a temporary password that must be changed, ends their sessions and audits the operator", async () => {
    const db = getDb();
    const admin = await db.user.create({
      data: {
        email: `lone-admin-${Date.now()}@example.com`,
        name: "Lone Admin",
        role: "admin",
        passwordHash: await hashPassword("forgotten-password-123"),
      },
    });
    const run = await resetPassword([admin.email.toUpperCase()]);
    expect(run.code, run.output).toBe(0);
    const temporary = /Temporary password for \S+ \(admin\): (\S+)/.exec(run.output)?.[1];
    expect(temporary, run.output).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await verifyPassword(temporary ?? "", after.passwordHash)).toBe(true);
    expect(await verifyPassword("forgotten-password-123", after.passwordHash)).toBe(false);
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(admin.sessionVersion + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_reset", targetId: admin.id } });
    expect(audit).toMatchObject({ actorId: null, actorLabel: "script:reset-password" });
    expect(JSON.stringify(audit)).not.toContain(temporary);
  }, 60_000);

  it("refuses an unknown email (exit 1) and a missing one (exit 2) without changing anything", async () => {
    const unknown = await resetPassword(["nobody-here@example.com"]);
    expect(unknown.code).toBe(1);
    expect(unknown.output).toContain("No user with the email nobody-here@example.com");
    const missing = await resetPassword([]);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain("Usage: npm run reset-password -- EMAIL");
  }, 60_000);
});
