import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, isTimeIdCursor } from "./cursor";

describe("page cursors", () => {
  it("round-trip the sort key", () => {
    const cursor = encodeCursor({ t: "2026-11-29T00:00:00.000Z", i: "abc" });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, isTimeIdCursor)).toEqual({ t: "2026-11-29T00:00:00.000Z", i: "abc" });
  });

  it("turn garbage and wrong shapes into a 400", () => {
    for (const bad of ["%%%", "bm90IGpzb24", encodeCursor({ t: "not a date", i: "x" }), encodeCursor({ i: "x" })]) {
      expect(() => decodeCursor(bad, isTimeIdCursor)).toThrow(AppError);
      try {
        decodeCursor(bad, isTimeIdCursor);
      } catch (error) {
        expect((error as AppError).status).toBe(400);
      }
    }
  });
});
