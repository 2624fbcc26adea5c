import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, toErrorResponse } from "./errors";

describe("[errors]: mapping thrown values to responses", () => {
  it("keeps an AppError's status, code and user message", () => {
    const { status, body } = toErrorResponse(new AppError("PAYLOAD_TOO_LARGE", "Files may be at most 10 MB."), "req-1");
    expect(status).toBe(413);
    expect(body).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: "Files may be at most 10 MB.", requestId: "req-1" } });
  });

  it("turns a zod error into a 400 that names the field", () => {
    const result = z.object({ title: z.string().min(3) }).safeParse({ title: "x" });
    if (result.success) throw new Error("expected a validation error");
    const { status, body } = toErrorResponse(result.error, "req-2");
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.message).toMatch(/^Invalid title: /);
  });

  it("hides unknown errors behind a generic 500 with the request id", () => {
    const { status, body } = toErrorResponse(new Error('relation "users" does not exist at /srv/app/lib/db.ts:12'), "req-3");
    expect(status).toBe(500);
    expect(body.error.message).toBe("Something went wrong on our side. Quote request id req-3 when reporting it.");
    expect(JSON.stringify(body)).not.toContain("users");
  });
});

describe("[errors]: database failures", () => {
  // The shapes Prisma 7 with the pg driver adapter throws (recorded from a real run).
  const prismaError = (code: string, cause: Record<string, unknown>) =>
    Object.assign(new Error("Invalid `db.job.findUnique()` invocation"), { code, meta: { driverAdapterError: { cause } } });

  it("an unreachable database is a 503 with Retry-After, not a 500", () => {
    const { status, body, headers } = toErrorResponse(
      prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
      "req-4",
    );
    expect(status).toBe(503);
    expect(headers["retry-after"]).toBe("5");
    expect(body.error.code).toBe("UNAVAILABLE");
    // Another service refusing a connection (Inngest) is not a database outage.
    expect(toErrorResponse(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8288"), { code: "ECONNREFUSED" }), "req-5").status).toBe(
      500,
    );
    // node-postgres when a pooled connection drops mid-query (seen with the link to the database cut).
    expect(toErrorResponse(new Error("Connection terminated unexpectedly"), "req-8").status).toBe(503);
  });

  it("text PostgreSQL cannot store (NUL) is a 400", () => {
    const { status, body } = toErrorResponse(prismaError("P2039", { originalCode: "22021", kind: "postgres" }), "req-6");
    expect(status).toBe(400);
    expect(body.error.message).toContain("NUL character");
  });
});

describe("[errors]: a full storage volume", () => {
  it("a write failing with ENOSPC or EDQUOT is a 507 with a plain message", () => {
    for (const code of ["ENOSPC", "EDQUOT"]) {
      const error = Object.assign(new Error(`${code}: no space left on device, write`), { code, errno: -28, syscall: "write" });
      const { status, body } = toErrorResponse(error, "req-7");
      expect(status).toBe(507);
      expect(body.error).toMatchObject({ code: "INSUFFICIENT_STORAGE", message: expect.stringContaining("storage is full") });
      expect(body.error.message).not.toContain("ENOSPC");
    }
  });
});
