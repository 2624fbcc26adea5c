import { describe, expect, it } from "vitest";
import { describeAuditEntry } from "./describe-audit-entry";

const names = new Map([["job:j1", "Job “Data Engineer”"]]);

describe("describeAuditEntry", () => {
  it("reads an upload batch as the job, its files and the outcome counts", () => {
    const files = ["a.pdf", "b.docx", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"].map((name) => ({ name, status: "queued" }));
    files.push({ name: "cut.pdf", status: "rejected", code: "CORRUPT_FILE" } as (typeof files)[number]);
    const described = describeAuditEntry(
      {
        action: "resumes.uploaded",
        targetType: "job",
        targetId: "j1",
        metadata: { batchId: null, summary: { queued: 7, duplicate: 0, rejected: 1 }, files },
      },
      names,
    );
    expect(described).toEqual({
      target: "Job “Data Engineer”: 8 files — a.pdf, b.docx, c.txt, d.txt, e.txt, and 3 more",
      details: "7 queued · 0 duplicate · 1 rejected (cut.pdf: CORRUPT_FILE)",
    });
  });

  it("says 1 file, and falls back to the id when the job is gone", () => {
    const metadata = { batchId: "x", summary: { queued: 1, duplicate: 0, rejected: 0 }, files: [{ name: "a.pdf", status: "queued" }] };
    expect(describeAuditEntry({ action: "resumes.uploaded", targetType: "job", targetId: "gone", metadata }, names).target).toBe(
      "job gone: 1 file — a.pdf",
    );
  });

  it("keeps the target name and raw details of other entries and of upload entries from before batches", () => {
    expect(describeAuditEntry({ action: "job.created", targetType: "job", targetId: "j1", metadata: { x: 1 } }, names)).toEqual({
      target: "Job “Data Engineer”",
      details: '{"x":1}',
    });
    const old = { action: "resumes.uploaded", targetType: "job", targetId: "j1", metadata: { queued: 2, duplicate: 0, rejected: 0 } };
    expect(describeAuditEntry(old, names).details).toBe('{"queued":2,"duplicate":0,"rejected":0}');
    expect(describeAuditEntry({ action: "user.signed_in", targetType: null, targetId: null, metadata: null }, names)).toEqual({
      target: "—",
      details: "",
    });
  });
});
