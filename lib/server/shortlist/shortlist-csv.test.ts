import { describe, expect, it } from "vitest";
import { csvField, toShortlistCsv } from "./shortlist-csv";

const row = {
  evaluationId: "ev1abcdef",
  resumeId: "r1",
  candidateName: 'Ann "AJ" Lee',
  fileName: "ann.pdf",
  score: 81.25,
  verdict: "high" as const,
  years: 6,
  yearsEstimated: false,
  location: "Austin, TX",
  topMatched: ["Python", "SQL"],
  missingMustHave: [],
  decision: "shortlist" as const,
  decisionNote: "=HYPERLINK(1)",
  decidedAt: "2026-11-29T10:00:00.000Z",
  decidedBy: "Morgan",
};

describe("shortlist CSV", () => {
  it("quotes commas and quotes and neutralises formulas", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField(null)).toBe("");
  });

  it("writes one line per row with the decision, and hides identity when blind", () => {
    const csv = toShortlistCsv([row], { blind: false, label: () => "X" });
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Ann ""AJ"" Lee"');
    expect(lines[1]).toContain("shortlist,'=HYPERLINK(1),Morgan");
    const blind = toShortlistCsv([row], { blind: true, label: () => "Candidate ABCDEF" });
    expect(blind).toContain("Candidate ABCDEF");
    expect(blind).not.toContain("Ann");
    expect(blind).not.toContain("Austin");
  });

  it("adds the explanation and the candidate feedback as their own last columns, keeping the earlier ones in place", () => {
    const reports = new Map([
      [
        "ev1abcdef",
        {
          explanation: "Scores 81.3 (high): shows 5 of 6 must-haves.\nGaps: Missing 1 of 6 must-haves: Kafka.",
          candidateFeedback: "• Add Kafka.",
        },
      ],
    ]);
    const lines = toShortlistCsv([row], { blind: false, label: () => "X", reports })
      .trim()
      .split("\r\n");
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(-4)).toEqual(["evaluation_id", "explanation", "candidate_feedback", "years_estimated"]);
    expect(header.indexOf("decision_note")).toBe(10);
    expect(lines.slice(1).join("\r\n")).toContain(
      'ev1abcdef,"Scores 81.3 (high): shows 5 of 6 must-haves.\nGaps: Missing 1 of 6 must-haves: Kafka.",• Add Kafka.',
    );
    // Rows without a readable evaluation leave both cells empty.
    expect(
      toShortlistCsv([row], { blind: false, label: () => "X" })
        .trim()
        .endsWith("ev1abcdef,,,no"),
    ).toBe(true);
  });
});
