import { describe, expect, it } from "vitest";
import { describeBytes } from "./format-bytes";

describe("[format]: sizes in messages", () => {
  it("tells a file one byte over the limit apart from the limit", () => {
    expect(describeBytes(10 * 1024 * 1024 + 1)).toBe("10.0 MB (10,485,761 bytes)");
    expect(describeBytes(10 * 1024 * 1024)).toBe("10 MB (10,485,760 bytes)");
    expect(describeBytes(1536)).toBe("1.5 KB (1,536 bytes)");
    expect(describeBytes(12)).toBe("12 bytes");
  });
});
