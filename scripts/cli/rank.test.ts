import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRankArgs, type RankRow, runRank, sortRows } from "./rank";

const JD = `Data Engineer (Spark / Airflow / SQL)
Requirements
- 3+ years building data pipelines with Python and Apache Spark
- Apache Airflow for orchestration
- Strong SQL and data modeling
Nice to have
- Kafka, Terraform
`;

const STRONG = `Dana Smith
dana@example.com

EXPERIENCE
Data Engineer — Acme Grocers
Jan 2019 – Oct 2026
- Built Apache Spark pipelines in Python processing 2 TB of sales data daily.
- Orchestrated 140 Airflow DAGs; modeled the warehouse in SQL (star schema).
- Streamed orders through Kafka.

EDUCATION
BSc Computer Science, 2018
`;

const WEAK = `Lee Jones
lee@example.com

EXPERIENCE
Store Manager — Corner Shop
Jan 2016 – Oct 2026
- Managed a team of 12, scheduling and inventory.
`;

function files(): { dir: string; jd: string; strong: string; weak: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "rank-"));
  const jd = path.join(dir, "jd.txt");
  const strong = path.join(dir, "strong.txt");
  const weak = path.join(dir, "weak.txt");
  writeFileSync(jd, JD);
  writeFileSync(strong, STRONG);
  writeFileSync(weak, WEAK);
  return { dir, jd, strong, weak };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe("rank command", () => {
  it("accepts flags in any order", () => {
    expect(parseRankArgs(["a.txt", "--jd", "j.txt", "b.txt", "--json"])).toMatchObject({
      json: true,
      jd: "j.txt",
      files: ["a.txt", "b.txt"],
      errors: [],
    });
    expect(parseRankArgs(["--json", "a.txt"]).errors).toContain("missing --jd JOB_FILE");
  });

  it("sorts best first and puts unreadable resumes last, keeping input order on ties", () => {
    const row = (file: string, score: number | null) => ({ file, score }) as RankRow;
    expect(sortRows([row("a", 10), row("b", null), row("c", 50), row("d", 10)]).map((r) => r.file)).toEqual(["c", "a", "d", "b"]);
  });

  it("prints only a JSON array on stdout, ranked, with errors for unreadable files", async () => {
    const f = files();
    const missing = path.join(f.dir, "nope.pdf");
    const c = capture();
    const code = await runRank(["--json", f.weak, "--jd", f.jd, missing, f.strong], c.io);
    expect(code).toBe(0);
    const rows = JSON.parse(c.out.join("")) as RankRow[];
    expect(rows.map((r) => r.file)).toEqual([f.strong, f.weak, missing]);
    const [strong, weak, bad] = rows;
    expect(strong?.score).toBeGreaterThan(weak?.score ?? 100);
    expect(strong?.matchedSkills).toEqual(expect.arrayContaining(["Apache Spark", "SQL"]));
    expect(strong?.feedback.length).toBeGreaterThanOrEqual(3);
    expect(weak?.missingSkills.length).toBeGreaterThan(0);
    expect(bad?.score).toBeNull();
    expect(bad?.error).toBeTruthy();
  });

  it("prints a readable table without --json and fails with usage errors", async () => {
    const f = files();
    const c = capture();
    expect(await runRank(["--jd", f.jd, f.strong, f.weak], c.io)).toBe(0);
    expect(c.out.join("")).toMatch(/score\s+verdict\s+file/);
    const u = capture();
    expect(await runRank([f.strong], u.io)).toBe(2);
    expect(u.out.join("")).toBe("");
  });
});
