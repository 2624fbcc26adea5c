import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/engine/errors";
import { uploadFileNameSchema } from "@/lib/schemas/resumes";
import { assertValidKey } from "@/lib/server/storage/file-storage";
import { classifyFailure, NonRetriableEvaluationError, retryDelayMs } from "./evaluation-errors";

describe("[pipeline]: failure classification and backoff", () => {
  it("content errors from the engine are final, load errors and unknown errors are retried", () => {
    expect(classifyFailure(new EngineError("NO_TEXT_LAYER"), "extract-text")).toMatchObject({ code: "NO_TEXT_LAYER", retriable: false });
    expect(classifyFailure(new EngineError("PARSE_TIMEOUT"), "extract-text")).toMatchObject({ code: "PARSE_TIMEOUT", retriable: true });
    expect(classifyFailure(new NonRetriableEvaluationError("FILE_MISSING", "gone"), "extract-text")).toEqual({
      code: "FILE_MISSING",
      message: "gone",
      retriable: false,
    });
    const unknown = classifyFailure(new Error("ECONNRESET at 10.0.0.1"), "score");
    expect(unknown).toMatchObject({ code: "INTERNAL", retriable: true });
    // Raw library messages never reach users.
    expect(unknown.message).not.toContain("ECONNRESET");
    expect(unknown.message).toContain("scoring");
  });

  it("backs off exponentially with jitter, capped at five minutes", () => {
    expect(retryDelayMs(1, 1000, () => 0.5)).toBe(1000);
    expect(retryDelayMs(2, 1000, () => 0.5)).toBe(2000);
    expect(retryDelayMs(4, 1000, () => 0.5)).toBe(8000);
    expect(retryDelayMs(30, 1000, () => 0.5)).toBe(300_000);
    expect(retryDelayMs(3, 1000, () => 0)).toBe(3200);
    expect(retryDelayMs(3, 1000, () => 0.999)).toBeLessThanOrEqual(4800);
  });
});

describe("[storage]: names", () => {
  it("keeps only the base name of an uploaded file, without control characters", () => {
    expect(uploadFileNameSchema.parse("../../etc/passwd")).toBe("passwd");
    expect(uploadFileNameSchema.parse("C:\\Users\\me\\cv.pdf")).toBe("cv.pdf");
    expect(uploadFileNameSchema.parse("a\u0000b\nc.txt")).toBe("abc.txt");
    expect(uploadFileNameSchema.parse("")).toBe("unnamed");
  });

  it("accepts only generated storage keys", () => {
    expect(() => assertValidKey("resumes/ab/abcdef0123")).not.toThrow();
    for (const bad of ["../x", "/etc/passwd", "resumes/../../x", "Resumes/A", "a//b", ""]) expect(() => assertValidKey(bad)).toThrow();
  });
});
