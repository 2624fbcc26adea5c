import { describe, expect, it } from "vitest";
import { listShortlistQuerySchema, shortlistFilterErrors } from "./shortlist";

describe("shortlistFilterErrors", () => {
  it("names each number filter the query had to drop, and what is allowed", () => {
    const raw = { minYears: "five", minScore: "140" };
    expect(listShortlistQuerySchema.parse(raw)).toMatchObject({ minYears: undefined, minScore: undefined });
    expect(shortlistFilterErrors(raw)).toEqual({
      minYears: "Min years must be a number from 0 to 60 (got “five”); this filter is not applied.",
      minScore: "Min score must be a number from 0 to 100 (got “140”); this filter is not applied.",
    });
  });

  it("has nothing to say about valid or empty filters", () => {
    expect(shortlistFilterErrors({ minYears: "2.5", minScore: "", q: "sql" })).toEqual({});
  });
});
