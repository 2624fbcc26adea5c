import { describe, expect, it } from "vitest";
import { mammothHtmlToText } from "./html-to-text";

describe("mammothHtmlToText", () => {
  it("renders paragraphs, headings and nested lists", () => {
    const html =
      "<h1>Jane Doe</h1><p>Austin &amp; remote</p><ul><li>Python<ul><li>pandas</li></ul></li><li>SQL</li></ul><ol><li>First</li><li>Second</li></ol>";
    expect(mammothHtmlToText(html)).toBe(
      ["", "Jane Doe", "Austin & remote", "• Python", "  • pandas", "• SQL", "1. First", "2. Second"].join("\n"),
    );
  });

  it("keeps an empty paragraph as a blank line and <br> as a line break", () => {
    expect(mammothHtmlToText("<p>a<br />b</p><p></p><p>c</p>")).toBe("a\nb\n\nc");
  });

  it("emits layout cells as separate blocks and simple rows on one line", () => {
    const html =
      "<table><tr><td><p>CONTACT</p><p>x@y.z</p></td><td><p>EXPERIENCE</p><p>Engineer</p><ul><li>Built APIs</li></ul></td></tr></table>" +
      "<table><tr><td><p>Python</p></td><td><p>5 yrs</p></td></tr></table>";
    const lines = mammothHtmlToText(html)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toEqual(["CONTACT", "x@y.z", "EXPERIENCE", "Engineer", "• Built APIs", "Python | 5 yrs"]);
  });

  it("decodes numeric entities and survives stray markup", () => {
    expect(mammothHtmlToText("<p>caf&#233; &#x4E2D; 1 &lt; 2</p></td><p>ok</p>")).toBe("café 中 1 < 2\nok");
  });
});
