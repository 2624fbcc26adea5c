import { describe, expect, it } from "vitest";
import { normalizeExtractedText } from "./normalize-text";

describe("normalizeExtractedText", () => {
  it("composes to NFC and replaces ligatures", () => {
    expect(normalizeExtractedText("Rene\u0301e e\uFB03cient \uFB01nance \uFB02ow")).toBe("Renée efficient finance flow");
  });

  it("turns non-breaking and typographic spaces into spaces and drops invisible characters", () => {
    expect(normalizeExtractedText("New\u00A0York\u202F10001 co\u00ADop zero\u200Bwidth")).toBe("New York 10001 coop zerowidth");
  });

  it("normalises line endings, trailing spaces and runs of blank lines", () => {
    expect(normalizeExtractedText("\n\na  \r\nb\r\r\n\n\n\nc\t \n")).toBe("a\nb\n\nc");
  });

  it("keeps bullets as • or - and maps other bullet glyphs", () => {
    const input = ["• one", "▪ two", "\uF0B7\tthree", "– four", "- five", "* six", "» seven"].join("\n");
    expect(normalizeExtractedText(input)).toBe(["• one", "• two", "• three", "- four", "- five", "• six", "• seven"].join("\n"));
  });

  it("leaves dashes inside lines and date ranges alone", () => {
    expect(normalizeExtractedText("Engineer — Acme, Jan 2020 – Present")).toBe("Engineer — Acme, Jan 2020 – Present");
  });

  it("keeps non-Latin scripts and accents intact", () => {
    const text = "José Álvarez\nZoë Müller\n李明 (Li Ming)\n김지우\nŁukasz Wiśniewski\nМария Иванова";
    expect(normalizeExtractedText(text)).toBe(text);
  });
});
