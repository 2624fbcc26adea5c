import { describe, expect, it } from "vitest";
import { uploadFileNameSchema } from "./resumes";

describe("[uploads]: file names", () => {
  it("drops bidi controls, so a name cannot display as another extension", () => {
    expect(uploadFileNameSchema.parse("resume\u202etxt.exe")).toBe("resumetxt.exe");
    expect(uploadFileNameSchema.parse("\u2066cv\u2069\u200e.pdf\u200f")).toBe("cv.pdf");
  });

  it("cuts long names on code points, never leaving half a surrogate pair", () => {
    const name = uploadFileNameSchema.parse(`${"a".repeat(254)}😀😀.pdf`);
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith("😀")).toBe(true);
    expect(name).not.toMatch(/[\ud800-\udbff]$/);
    expect(uploadFileNameSchema.parse("cv\ud800.pdf")).toBe("cv.pdf");
  });
});
