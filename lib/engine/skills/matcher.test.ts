import { describe, expect, it } from "vitest";
import { compileSkillMatcher } from "./matcher";
import { TEST_SKILLS } from "./test-fixtures";

const matcher = compileSkillMatcher(TEST_SKILLS);
const ids = (text: string, listContext = false) => matcher.match(text, { listContext: () => listContext }).map((m) => m.id);

describe("compileSkillMatcher", () => {
  it("matches names and aliases case-insensitively with offsets", () => {
    const text = "Built ReactJS apps with k8s and Amazon Web Services.";
    const ms = matcher.match(text);
    expect(ms.map((m) => m.id)).toEqual(["react", "kubernetes", "aws"]);
    expect(ms[0]).toMatchObject({ start: 6, end: 13, text: "ReactJS" });
  });

  it("handles punctuation-bearing names: C++, C#, .NET, Node.js, CI/CD, A/B testing", () => {
    expect(ids("C++, C# and .NET services")).toEqual(["c-plus-plus", "c-sharp", "dotnet"]);
    expect(ids("APIs in Node.js and Next.js")).toEqual(["nodejs", "nextjs"]);
    expect(ids("Owned CI/CD and ran A/B tests")).toEqual(["ci-cd", "ab-testing"]);
    expect(ids("ASP.NET MVC")).toEqual(["dotnet"]);
  });

  it("prefers the longest alias at a position", () => {
    expect(ids("Kafka into Spark Structured Streaming jobs")).toEqual(["kafka", "spark-structured-streaming"]);
    expect(ids("Spark jobs")).toEqual(["spark"]);
    expect(ids("Google Cloud Platform (BigQuery)")).toEqual(["google-cloud-platform", "bigquery"]);
    expect(ids("React Testing Library")).toEqual(["react-testing-library"]);
  });

  it("respects word boundaries", () => {
    expect(ids("Javanese, Reactivity, Pythonic, Scalable")).toEqual([]);
    expect(ids("JavaScript and Java")).toEqual(["javascript", "java"]);
    expect(ids("Nodes and edges")).toEqual([]);
  });

  it("keeps ambiguous one-letter and verb-like names only with support", () => {
    expect(ids("Python, R, SQL")).toEqual(["python", "r", "sql"]);
    expect(ids("Languages: Go, Python, Kubernetes")).toEqual(["go", "python", "kubernetes"]);
    expect(ids("Rewrote the ingestion service, written in Go.")).toEqual(["go"]);
    expect(ids("Ready to Go live next week")).toEqual([]);
    expect(ids("Go-to-market strategy with Salesforce")).toEqual(["salesforce"]);
    expect(ids("Plan B or C, whichever")).toEqual([]);
    expect(ids("R-squared of 0.9 in Python")).toEqual(["python"]);
    expect(ids("Taylor Swift concert")).toEqual([]);
    expect(ids("iOS apps in Swift and Objective-C")).toEqual(["swift"]);
    // A name joined to another by a middle dot is part of that name ("C•CURE" access control).
    expect(ids("Python, SQL; access control in C•CURE or Lenel")).toEqual(["python", "sql"]);
    expect(ids("C · Python · SQL")).toEqual(["c", "python", "sql"]);
  });

  it("takes ambiguous names at face value in a skills-list context", () => {
    expect(ids("R", true)).toEqual(["r"]);
    expect(ids("Go", true)).toEqual(["go"]);
  });

  it("matches case-sensitive skills only in their written casing", () => {
    expect(ids("Advanced Excel (pivot tables)")).toEqual(["excel"]);
    expect(ids("I excel at stakeholder management")).toEqual([]);
    expect(ids("Worked in the ICU")).toEqual(["nursing-icu"]);
    expect(ids("Active RN license; BLS certified")).toEqual(["registered-nurse", "bls"]);
    expect(ids("the turn of events")).toEqual([]);
  });

  it("ignores e-mail addresses and URLs", () => {
    expect(ids("python.dev@example.com · github.com/react-person")).toEqual([]);
  });

  it("normalises hyphens and line breaks inside multi-word names", () => {
    expect(ids("Google-Cloud\nPlatform")).toEqual(["google-cloud-platform"]);
  });
});

describe("implied broader skills", () => {
  it("reports a broader skill written inside a longer alias only when asked", () => {
    const m = compileSkillMatcher(TEST_SKILLS);
    expect(m.match("PySpark jobs").map((x) => x.id)).toEqual(["spark"]);
    const withStreaming = m.match("Spark Structured Streaming", { includeImplied: true });
    expect(withStreaming.map((x) => [x.id, x.implied ?? false])).toEqual([
      ["spark-structured-streaming", false],
      ["spark", true],
    ]);
    expect(m.match("Spark Structured Streaming").map((x) => x.id)).toEqual(["spark-structured-streaming"]);
  });
});

describe("inflections and context cues", () => {
  const m = compileSkillMatcher([
    ...TEST_SKILLS,
    { id: "negotiation", name: "Negotiation", category: "professional", aliases: ["negotiate", "negotiating"], broader: [], related: [] },
    { id: "spring", name: "Spring", category: "software", aliases: ["Spring Boot"], broader: [], related: [] },
  ]);
  const ids = (text: string) => m.match(text).map((x) => x.id);

  it("matches simple inflections of lowercase common-word aliases only", () => {
    expect(ids("Negotiated renewals; negotiates pricing")).toEqual(["negotiation", "negotiation"]);
    expect(ids("Colorado Springs, CO")).toEqual([]);
    expect(ids("Spring Boot services")).toEqual(["spring"]);
  });

  it("accepts an ambiguous language name followed by a software noun next to clear skills", () => {
    expect(ids("Kubernetes platform; small Go controllers")).toEqual(["kubernetes", "go"]);
    expect(ids("Let's Go team")).toEqual([]);
  });
});

describe("ambiguous acronyms", () => {
  it("only match in capitals even when the skill is not case-sensitive", () => {
    const m = compileSkillMatcher([
      ...TEST_SKILLS,
      {
        id: "perioperative-nursing",
        name: "Perioperative Nursing",
        category: "healthcare",
        aliases: ["OR"],
        ambiguousAliases: ["OR"],
        broader: [],
        related: [],
      },
    ]);
    expect(m.match("Python or SQL", { listContext: () => true }).map((x) => x.id)).toEqual(["python", "sql"]);
    expect(m.match("ICU, OR, PACU", { listContext: () => true }).map((x) => x.id)).toEqual(["nursing-icu", "perioperative-nursing"]);
  });
});

describe("ambiguous tool names in prose", () => {
  const m = compileSkillMatcher([
    ...TEST_SKILLS.filter((x) => x.id !== "excel"),
    {
      id: "excel",
      name: "Excel",
      category: "professional",
      aliases: [],
      caseSensitive: true,
      ambiguousAliases: ["Excel"],
      broader: [],
      related: [],
    },
    { id: "pivot-tables", name: "Pivot Tables", category: "professional", aliases: [], broader: ["excel"], related: [] },
  ]);
  const ids = (text: string) => m.match(text).map((x) => x.id);

  it("accepts them between conjunctions, before a dependent skill or a tool noun", () => {
    expect(ids("SQL, Excel and Tableau dashboards")).toEqual(["sql", "excel"]);
    expect(ids("Excel pivot tables for weekly metrics")).toEqual(["excel", "pivot-tables"]);
    expect(ids("moved 12 Excel reports to SQL")).toEqual(["excel", "sql"]);
  });

  it("still rejects them as verbs", () => {
    expect(ids("Excel at building SQL reports")).toEqual(["sql"]);
  });

  it("reads an ordinary word after a modal as a verb, not a skill", () => {
    const words = compileSkillMatcher([
      ...TEST_SKILLS,
      { id: "auditing", name: "Auditing", category: "finance", aliases: ["audit"], broader: [], related: [] },
      { id: "budgeting", name: "Budgeting", category: "finance", aliases: ["budgeting"], broader: [], related: [] },
      { id: "forecasting", name: "Forecasting", category: "finance", aliases: ["forecasting"], broader: [], related: [] },
    ]);
    const found = (text: string) => words.match(text).map((x) => x.id);
    expect(found("Budgeting, forecasting and models other people can audit")).not.toContain("auditing");
    expect(found("Budgeting, forecasting and audit experience")).toContain("auditing");
  });

  it("reads a run of names that lost its commas as a list, but not a person's name", () => {
    const tools = compileSkillMatcher([
      ...TEST_SKILLS,
      {
        id: "jenkins",
        name: "Jenkins",
        category: "cloud_devops",
        aliases: [],
        caseSensitive: true,
        ambiguousAliases: ["Jenkins"],
        broader: [],
        related: [],
      },
      {
        id: "maven",
        name: "Maven",
        category: "software",
        aliases: [],
        caseSensitive: true,
        ambiguousAliases: ["Maven"],
        broader: [],
        related: [],
      },
    ]);
    const found = (text: string) => tools.match(text).map((x) => x.id);
    expect(found("Experience with Docker Maven Jenkins and Agile")).toEqual(expect.arrayContaining(["docker", "maven", "jenkins"]));
    expect(found("Questions? Contact Sarah Jenkins, who hires for our Docker team")).toEqual(["docker"]);
  });

  it("does not read an occupation title's plural, which names colleagues, as the skill", () => {
    const skills = [
      {
        id: "nursing",
        name: "Nursing",
        category: "healthcare" as const,
        aliases: ["nurse"],
        roleAliases: ["nurse"],
        broader: [],
        related: [],
      },
      { id: "dashboards", name: "Dashboards", category: "data_ml" as const, aliases: ["dashboard"], broader: [], related: [] },
    ];
    const m = compileSkillMatcher(skills);
    const found = (text: string) => m.match(text).map((x) => x.id);
    expect(found("The surgeon works closely with the continence nurses.")).toEqual([]);
    expect(found("Experienced nurse, five years on a surgical ward.")).toEqual(["nursing"]);
    // Other lowercase aliases still inflect.
    expect(found("Built dashboards for the sales team.")).toEqual(["dashboards"]);
  });
});

describe("bullet glyphs", () => {
  it("reads a list after any bullet glyph the same way: the glyph stands for the line start", async () => {
    const { getDefaultSkillMatcher } = await import("./matcher");
    const m = getDefaultSkillMatcher();
    const ids = (line: string) => m.match(line).map((x) => x.id);
    const dash = ids("- Ruby, Python, SQL and Docker");
    expect(dash).toContain("ruby");
    expect(ids("▪ Ruby, Python, SQL and Docker")).toEqual(dash);
    expect(ids("• Ruby, Python, SQL and Docker")).toEqual(dash);
  });
});

describe("systems named as where the work is done", () => {
  it("reads a product name after 'on' at a clause end in a document of its field, not in a sentence about something else", async () => {
    const { getDefaultSkillMatcher } = await import("./matcher");
    const m = getDefaultSkillMatcher();
    const ids = (text: string) => m.match(text).map((x) => x.id);
    const pharmacy =
      "Pharmacy assistant: medication reconciliation, patient counselling, immunizations.\nDispensed 200 scripts a day on Kroll.";
    expect(ids(pharmacy)).toContain("pharmacy-dispensing-software");
    // Too little said about any field: a name after "on" is not a system.
    expect(ids("We met on Kroll.")).not.toContain("pharmacy-dispensing-software");
  });

  it("reads a product name that labels its line when a skill of its field follows", async () => {
    const { getDefaultSkillMatcher } = await import("./matcher");
    const m = getDefaultSkillMatcher();
    const ids = (text: string) => m.match(text).map((x) => x.id);
    expect(ids("Relativity: saved searches and privilege log entries for two trials.")).toContain("ediscovery");
    expect(ids("Relativity: a short essay on Einstein.")).not.toContain("ediscovery");
  });
});
