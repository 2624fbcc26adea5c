import { describe, expect, it } from "vitest";
import { type UploadCountInput, uploadCounts } from "./upload-counts";

describe("uploadCounts", () => {
  it("puts every file in one bucket, so the buckets add up to the files", () => {
    const items: UploadCountInput[] = [
      { phase: "done", result: { status: "queued" }, evaluationStatus: "completed" },
      { phase: "done", result: { status: "queued" }, evaluationStatus: "completed" },
      { phase: "done", result: { status: "queued" }, evaluationStatus: "failed" },
      { phase: "done", result: { status: "queued" }, evaluationStatus: "processing" },
      { phase: "done", result: { status: "queued" } },
      // A duplicate whose earlier evaluation completed is a duplicate, not a second "completed".
      { phase: "done", result: { status: "duplicate" }, evaluationStatus: "completed" },
      { phase: "done", result: { status: "rejected" } },
      { phase: "error" },
      { phase: "uploading" },
    ];
    const counts = uploadCounts(items);
    expect(counts).toEqual({ uploading: 1, queued: 2, duplicate: 1, rejected: 2, completed: 2, failed: 1 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(items.length);
  });
});
