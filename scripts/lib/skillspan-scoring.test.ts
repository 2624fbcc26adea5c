import { describe, expect, it } from "vitest";
import { buildNameIndex } from "./jobs-gold-scoring";
import { bioSpans, capitalisedPhrases, covers, groupPostings, namedIn, skillNames } from "./skillspan-scoring";

describe("SkillSpan scoring", () => {
  it("reads spans from B/I/O tags in both the json and the conll spelling", () => {
    const tokens = ["Experience", "with", "Python", "and", "SQL", "Server", "databases"];
    expect(bioSpans(tokens, ["O", "O", "B", "O", "B", "I", "O"])).toEqual(["Python", "SQL Server"]);
    expect(bioSpans(tokens, ["O", "O", "B-Knowledge", "O", "B-Knowledge", "I-Knowledge", "I-Knowledge"])).toEqual([
      "Python",
      "SQL Server databases",
    ]);
    expect(bioSpans(["a", "b"], ["I", "I"])).toEqual(["a b"]);
    expect(bioSpans(["a", "b"], ["B", "B"])).toEqual(["a", "b"]);
  });

  it("groups consecutive sentences of one source and idx into a posting", () => {
    const s = (idx: number, source: string, tokens: string[], k: string[]) => ({
      idx,
      source,
      tokens,
      tags_skill: tokens.map(() => "O"),
      tags_knowledge: k,
    });
    const postings = groupPostings([
      s(1, "tech", ["Java", "developer"], ["B", "O"]),
      s(1, "tech", ["Knows", "Spring"], ["O", "B"]),
      s(1, "house", ["Pig", "farming"], ["B", "I"]),
    ]);
    expect(postings.map((p) => [p.source, p.idx, p.text, p.knowledgeSpans])).toEqual([
      ["tech", 1, "Java developer\nKnows Spring", ["Java", "Spring"]],
      ["house", 1, "Pig farming", ["Pig farming"]],
    ]);
  });

  it("covers a span when a name is inside it or it is inside a name, as whole words", () => {
    expect(covers(["Python", "Python 3"], "Python programming")).toBe(true);
    expect(covers(["Microsoft SQL Server"], "SQL Server")).toBe(true);
    expect(covers(["Java"], "JavaScript")).toBe(false);
    expect(covers(["Go"], "Google Cloud")).toBe(false);
    expect(covers(["Node.js"], "node.js , express")).toBe(true);
  });

  it("names a taxonomy skill by its name and aliases, an unknown one by its output name", () => {
    const index = buildNameIndex([{ id: "k8s", name: "Kubernetes", aliases: ["k8s"] }]);
    expect(skillNames("k8s", "Kubernetes", index)).toEqual(["Kubernetes", "k8s"]);
    expect(skillNames("custom", "Pig production", index)).toEqual(["Pig production"]);
  });
});

describe("namedIn", () => {
  it("finds a name as whole words only", () => {
    expect(namedIn(["PR", "Public Relations"], "Write clear PR descriptions.")).toBe(true);
    expect(namedIn(["Public Relations"], "Write clear PR descriptions.")).toBe(false);
    expect(namedIn(["SW"], "SWE team")).toBe(false);
  });
});

describe("capitalisedPhrases", () => {
  it("takes maximal runs of capitalised tokens per line, without placeholders", () => {
    expect(capitalisedPhrases("Experience with Amazon Web Services and iOS .\n<ORGANIZATION> uses PostgreSQL")).toEqual([
      "Experience",
      "Amazon Web Services",
      "iOS",
      "PostgreSQL",
    ]);
  });
});
