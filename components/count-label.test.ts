import { describe, expect, it } from "vitest";
import { countLabel } from "./count-label";

describe("countLabel", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(countLabel(1, "decision")).toBe("1 decision");
    expect(countLabel(0, "decision")).toBe("0 decisions");
    expect(countLabel(3, "evaluation")).toBe("3 evaluations");
  });

  it("takes an irregular plural", () => {
    expect(countLabel(2, "person", "people")).toBe("2 people");
    expect(countLabel(1, "person", "people")).toBe("1 person");
  });
});
