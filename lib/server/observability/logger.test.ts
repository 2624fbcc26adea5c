import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, REDACTED, scrubPersonalData } from "./logger";
import { currentRequestId, requestIdOrNew, runWithRequestId } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { lines, logger: createLogger({ level: "info", destination }) };
}

describe("[logger]: JSON lines without personal data", () => {
  it("replaces personal fields at any depth and keeps ids", async () => {
    const { lines, logger } = capture();
    logger
      .child({ requestId: "req-1" })
      .info(
        { resumeId: "r1", candidate: { name: "Ada Lovelace", email: "ada@example.com", phone: "+44 1234" }, text: "whole resume" },
        "uploaded",
      );
    await new Promise((resolve) => setImmediate(resolve));
    const line = lines[0];
    expect(line).toMatchObject({
      level: "info",
      msg: "uploaded",
      requestId: "req-1",
      resumeId: "r1",
      text: REDACTED,
      candidate: { name: REDACTED, email: REDACTED, phone: REDACTED },
    });
    expect(JSON.stringify(lines)).not.toMatch(/Ada|ada@example|1234|whole resume/);
  });

  it("scrubs arrays and survives cycles", () => {
    const cyclic: Record<string, unknown> = { list: [{ email: "x@y.z" }] };
    cyclic.self = cyclic;
    const scrubbed = scrubPersonalData(cyclic) as { list: { email: string }[]; self: unknown };
    expect(scrubbed.list[0]?.email).toBe(REDACTED);
    expect(scrubbed.self).toBe("[truncated]");
  });
});

describe("[request context]: request ids reach code the request calls and the work it queues", () => {
  it("is visible inside runWithRequestId only", async () => {
    expect(currentRequestId()).toBeUndefined();
    await runWithRequestId("req-2", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentRequestId()).toBe("req-2");
    });
    expect(currentRequestId()).toBeUndefined();
  });

  it("work queued inside a request records its id; outside one a fresh, recognisable id", () => {
    expect(runWithRequestId("req-3", () => requestIdOrNew("script-requeue"))).toBe("req-3");
    const first = requestIdOrNew("script-requeue");
    expect(first).toMatch(/^script-requeue-[0-9a-f-]{36}$/);
    expect(requestIdOrNew("script-requeue")).not.toBe(first);
  });
});
