import { describe, expect, it } from "vitest";
import { flattenBackground } from "./ocr-engine";
import { ocrDeadline, restoreSeparators } from "./ocr-pages";
import { resolveLimits } from "./limits";

describe("OCR text clean-up", () => {
  it("turns a separator misread as a lone symbol back into a separator, so a phone number gets no '+' prefix", () => {
    expect(restoreSeparators("Marietta, GA + 770-555-0138 « jo@example.com")).toBe("Marietta, GA · 770-555-0138 · jo@example.com");
    expect(restoreSeparators("Austin, TX * 512-555-0156")).toBe("Austin, TX · 512-555-0156");
  });

  it("reads a long dash misread as a dash and a hyphen as one dash, so the dates form a range again", () => {
    expect(restoreSeparators("Jun 2019 —- Jul 2021\nMar 2023 -– Present")).toBe("Jun 2019 — Jul 2021\nMar 2023 — Present");
    expect(restoreSeparators("---- Summary ----\nAug 2021 – Feb 2023")).toBe("---- Summary ----\nAug 2021 – Feb 2023");
  });

  it("keeps a real international prefix, C++ and bullets at the start of a line", () => {
    expect(restoreSeparators("+1 505 555 0141\n* Python, C++ and Go")).toBe("+1 505 555 0141\n* Python, C++ and Go");
  });
});

describe("OCR deadline", () => {
  it("ends OCR before the extraction budget, so the worker pool never has to kill it", () => {
    const limits = resolveLimits({ timeoutMs: 60_000 });
    expect(ocrDeadline(1_000, limits)).toBe(1_000 + 58_000);
    expect(ocrDeadline(0, resolveLimits({ timeoutMs: 5_000 }))).toBe(4_500);
  });
});

describe("background flattening before OCR", () => {
  it("turns tinted paper white and keeps ink dark, in proportion", () => {
    const pixels = new Uint8Array([255, 235, 215, 214, 128, 0]);
    flattenBackground(pixels);
    expect([...pixels]).toEqual([255, 255, 255, 254, 152, 0]);
  });
});
