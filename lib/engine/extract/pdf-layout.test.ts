import { describe, expect, it } from "vitest";
import { layoutPageText, type PositionedText } from "./pdf-layout";

/** One item per line, roughly 0.5 em per character. */
function line(str: string, x: number, y: number, fontSize = 10): PositionedText {
  return { str, x, y, width: str.length * fontSize * 0.5, fontSize };
}

describe("layoutPageText", () => {
  it("joins items on a baseline with spaces by gap, and breaks paragraphs on large vertical gaps", () => {
    const items = [
      { str: "Senior", x: 50, y: 100, width: 30, fontSize: 10 },
      { str: "Engineer", x: 83, y: 100.4, width: 40, fontSize: 10 },
      { str: "2020 – 2024", x: 400, y: 100, width: 55, fontSize: 10 },
      line("Built things", 50, 112),
      line("EDUCATION", 50, 150),
    ];
    expect(layoutPageText(items)).toBe("Senior Engineer  2020 – 2024\nBuilt things\n\nEDUCATION");
  });

  it("reads a sidebar and a main column as two blocks, even when items arrive interleaved", () => {
    const sidebar = ["Ana Lima", "ana@example.com", "SKILLS", "Figma", "React", "CSS"];
    const main = ["EXPERIENCE", "Designer at Sol", "Led the design system work", "Ran user research", "Shipped the app", "EDUCATION"];
    const items: PositionedText[] = [];
    for (let i = 0; i < 6; i++) {
      items.push(line(main[i] ?? "", 220, 80 + i * 15.5, 10.5));
      items.push(line(sidebar[i] ?? "", 40, 75 + i * 13, i === 0 ? 16 : 9));
    }
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toEqual([...sidebar, ...main]);
  });

  it("keeps a full-width header above the columns", () => {
    const items: PositionedText[] = [line("Ana Lima — Product Designer — Lisbon — ana@example.com", 40, 40, 14)];
    for (let i = 0; i < 5; i++) {
      items.push(line(`side ${i}`, 40, 90 + i * 13, 9));
      items.push(line(`main column line ${i}`, 220, 92 + i * 15, 10));
    }
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines[0]).toContain("Ana Lima");
    expect(lines.slice(1, 6)).toEqual(["side 0", "side 1", "side 2", "side 3", "side 4"]);
    expect(lines.slice(6)).toEqual([0, 1, 2, 3, 4].map((i) => `main column line ${i}`));
  });

  it("does not split right-aligned dates away from their job titles", () => {
    const items: PositionedText[] = [];
    let y = 60;
    for (let job = 0; job < 4; job++) {
      items.push(line(`Engineer at Company ${job}`, 50, y));
      items.push(line(`201${job} – 201${job + 1}`, 480, y));
      items.push(line(`Did useful work ${job}`, 50, y + 13));
      y += 50;
    }
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines[0]).toBe("Engineer at Company 0  2010 – 2011");
    expect(lines[1]).toBe("Did useful work 0");
  });

  it("keeps label/value rows together instead of splitting them into columns", () => {
    const rows = [
      ["Email", "ana@example.com"],
      ["Phone", "555 0100"],
      ["City", "Lisbon"],
      ["Languages", "PT, EN"],
    ];
    const items = rows.flatMap(([label, value], i) => [line(label ?? "", 50, 60 + i * 14), line(value ?? "", 160, 60 + i * 14)]);
    expect(layoutPageText(items).split("\n")).toEqual(["Email  ana@example.com", "Phone  555 0100", "City  Lisbon", "Languages  PT, EN"]);
  });
});

describe("layoutPageText: harder column cases", () => {
  const sidebar = ["Ana Lima", "ana@example.com", "Lisbon", "SKILLS", "Figma", "React", "CSS", "Python"];
  const main = [
    "Led the design system used by nine product teams",
    "Ran fortnightly research sessions with customers",
    "Shipped the mobile app redesign ahead of schedule",
    "Mentored three junior designers through promotion",
    "Built prototypes in React to test interactions",
    "Wrote the accessibility guidelines for the company",
    "Partnered with engineering on component APIs",
    "Presented quarterly design reviews to leadership",
  ];

  it("splits a sidebar whose baselines line up exactly with the main column", () => {
    const items = sidebar.flatMap((s, i) => [line(s, 40, 80 + i * 14), line(main[i] ?? "", 200, 80 + i * 14)]);
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toEqual([...sidebar, ...main]);
  });

  it("splits columns that have a full-width section below them", () => {
    const items = sidebar.flatMap((s, i) => [line(s, 40, 80 + i * 13, 9), line(main[i] ?? "", 200, 82 + i * 15)]);
    const footer = [
      "PROJECTS",
      "An open-source icon set with 1,200 icons used by designers in many countries around the world",
      "A Figma plugin that checks colour contrast of every layer against the WCAG 2.1 AA thresholds",
    ];
    for (const [i, f] of footer.entries()) items.push(line(f, 40, 240 + i * 14));
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toEqual([...sidebar, ...main, ...footer]);
  });

  it("keeps dense title/date rows together even with long titles", () => {
    const rows = [
      ["B.S. Computer Science, University of Somewhere Far Away", "2011 – 2015"],
      ["M.S. Computer Science, Another Long University Name", "2015 – 2017"],
      ["Certificate in Machine Learning, Online Institute", "Mar 2019"],
      ["Certified Kubernetes Administrator (CKA), Linux Foundation", "Jan 2021"],
    ];
    const items = rows.flatMap(([title, date], i) => [line(title ?? "", 50, 60 + i * 14), line(date ?? "", 470, 60 + i * 14)]);
    expect(layoutPageText(items).split("\n")).toEqual(rows.map(([t, d]) => `${t}  ${d}`));
  });

  it("does not split a single column with right-aligned dates and long bullets", () => {
    const items: PositionedText[] = [];
    let y = 60;
    for (let job = 0; job < 4; job++) {
      items.push(line(`Engineer at Company ${job}`, 50, y));
      items.push(line(`201${job} – 201${job + 1}`, 480, y));
      items.push(line("• Delivered a long list of improvements to the platform that spans the page", 50, y + 13));
      items.push(line("• Another long bullet that also runs across most of the width of the page", 50, y + 26));
      y += 50;
    }
    const lines = layoutPageText(items)
      .split("\n")
      .filter((l) => l !== "");
    expect(lines[0]).toBe("Engineer at Company 0  2010 – 2011");
    expect(lines[3]).toBe("Engineer at Company 1  2011 – 2012");
  });
});

describe("layoutPageText: spacing", () => {
  it("rebuilds words from per-glyph items and inserts spaces at word gaps only", () => {
    const items: PositionedText[] = [];
    let x = 50;
    for (const word of ["Kubernetes,", "PyTorch", "李明"]) {
      for (const ch of word) {
        items.push({ str: ch, x, y: 100, width: 5, fontSize: 10 });
        x += 5;
      }
      x += 2.8; // a typical inter-word gap (~0.28 em)
    }
    expect(layoutPageText(items)).toBe("Kubernetes, PyTorch 李明");
  });

  it("keeps superscripts and slightly shifted runs on their line", () => {
    const items: PositionedText[] = [
      { str: "Top 1", x: 50, y: 100, width: 25, fontSize: 10 },
      { str: "%", x: 75, y: 97, width: 4, fontSize: 6 },
      { str: "of sales reps", x: 82, y: 100.3, width: 60, fontSize: 10 },
      { str: "Next line", x: 50, y: 113, width: 45, fontSize: 10 },
    ];
    expect(layoutPageText(items)).toBe("Top 1% of sales reps\nNext line");
  });
});
