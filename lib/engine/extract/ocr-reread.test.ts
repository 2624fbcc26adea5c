import { describe, expect, it } from "vitest";
import { applyRereading, foldMarks, linesToReread, mergeLine, type OcrLine, type OcrWord } from "./ocr-reread";

/** A word at horizontal position `x` (100 px per slot) on the line at `y`. */
function word(text: string, confidence: number, x: number, y = 0): OcrWord {
  return { text, confidence, bbox: { x0: x * 100, y0: y, x1: x * 100 + 90, y1: y + 30 } };
}

function line(...words: OcrWord[]): OcrLine {
  const [first] = words;
  const last = words[words.length - 1];
  return {
    text: `${words.map((w) => w.text).join(" ")}\n`,
    words,
    bbox: { x0: first?.bbox.x0 ?? 0, y0: first?.bbox.y0 ?? 0, x1: last?.bbox.x1 ?? 0, y1: last?.bbox.y1 ?? 0 },
  };
}

describe("second reading of the name line with other models", () => {
  it("folds marks and marked letters alike", () => {
    expect(foldMarks("Łukasz Wiśniewski")).toBe("lukasz wisniewski");
    expect(foldMarks("Novák")).toBe("novak");
  });

  it("gives a name back the marks the first reading missed (Novak → Novák, tukasz → Łukasz)", () => {
    const first = line(word("Stanislav", 95, 0), word("Novak", 96, 1));
    expect(mergeLine(first, [word("Stanislav", 96, 0), word("Novák", 94, 1)])).toBe("Stanislav Novák");
    const polish = line(word("tukasz", 90, 0), word("Wisniewski", 91, 1));
    expect(mergeLine(polish, [word("Łukasz", 95, 0), word("Wiśniewski", 95, 1)])).toBe("Łukasz Wiśniewski");
    // English writes é for every mark it is unsure of; a surer reading with ë is taken.
    expect(mergeLine(line(word("Zoé", 91, 0), word("Muller", 77, 1)), [word("Zoë", 92, 0), word("Müller", 95, 1)])).toBe("Zoë Müller");
  });

  it("keeps the first reading when the other model is unsure or only writes its own marks", () => {
    const first = line(word("Inès", 96, 0), word("Moreau", 96, 1));
    // Czech has ě, not è: as many marks, never a replacement.
    expect(mergeLine(first, [word("Iněs", 91, 0)])).toBe("Inès Moreau");
    expect(mergeLine(line(word("Ni", 93, 0)), [word("Ní", 68, 0)])).toBe("Ni");
    // Different letters are a different word, not a mark the first reading missed.
    expect(mergeLine(line(word("Profile", 96, 0)), [word("Profále", 95, 0)])).toBe("Profile");
  });

  it("picks the most confident of two readings that add marks, the earlier one on a tie", () => {
    const first = line(word("Ines", 90, 0));
    expect(mergeLine(first, [word("Iněs", 91, 0), word("Inès", 95, 0)])).toBe("Inès");
    expect(mergeLine(first, [word("Inès", 93, 0), word("Inés", 93, 0)])).toBe("Inès");
  });

  it("replaces words the Latin models could not read with a confident reading in another script", () => {
    const first = line(word("AX?", 52, 0), word("(Kim", 93, 1), word("Ji-woo)", 92, 2));
    const korean = [word("김지우", 96, 0), word("(삐미", 77, 1), word("]1-\\2ㅎ20)", 6, 2)];
    expect(mergeLine(first, korean)).toBe("김지우 (Kim Ji-woo)");
    // A confidently read Latin word is never replaced by another script.
    expect(mergeLine(line(word("Berkeley,", 96, 0)), [word("버클리", 90, 0)])).toBe("Berkeley,");
  });

  it("takes a confident Latin reading of a word the first reading garbled, and no other script there", () => {
    // English alone read the romanised name badly; the French model read it well, the Korean model saw a letter.
    const first = line(word("HAX[%", 0, 0), word("(Kim", 91, 1), word("Ji-woo0)", 49, 2));
    const second = [word("#%|%", 13, 0), word("(Kim", 93, 1), word("Ji-woo)", 91, 2), word("김지우", 96, 0), word("ㅇ", 95, 2)];
    expect(mergeLine(first, second)).toBe("김지우 (Kim Ji-woo)");
    // A word the first reading read fairly well keeps its letters.
    expect(mergeLine(line(word("Moreira", 80, 0)), [word("Moreria", 95, 0)])).toBe("Moreira");
  });

  it("looks at short lines among the first lines with letters, and edits the page text in place", () => {
    const lines = [
      line(word("©", 40, 0)),
      line(word("Stanislav", 95, 0, 100), word("Novak", 96, 1, 100)),
      line(...["Duluth,", "GA", "-", "770-555-0138", "-", "s.novak@example.com"].map((t, i) => word(t, 90, i, 200))),
      line(word("Profile", 96, 0, 300)),
      line(word("Experience", 96, 0, 400)),
    ];
    const chosen = linesToReread(lines);
    expect(chosen.map((l) => l.text.trim())).toEqual(["Stanislav Novak", "Profile"]);
    const page = lines.map((l) => l.text).join("");
    const text = applyRereading(page, chosen, [word("Novák", 95, 1, 100)]);
    expect(text.split("\n")[1]).toBe("Stanislav Novák");
    expect(text.split("\n")[2]).toContain("s.novak@example.com");
  });
});
