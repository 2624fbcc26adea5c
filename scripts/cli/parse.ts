// `parse`: resume file → profile.
//
//   npm run --silent cli -- parse [--json] [--now YYYY-MM] FILE
//
// --json prints one JSON object: the fields most callers want at the top level
// (name, email, phone, location, totalYearsExperience, highestDegree, skills as
// display names) and the full ResumeProfile under `profile`.
import { parseResume } from "../../lib/engine/parse";
import type { ResumeProfile } from "../../lib/engine/types";
import { parseCommonArgs, readDocument, reportError, UsageError } from "./document";

export const PARSE_USAGE = "usage: parse [--json] [--now YYYY-MM] FILE";

function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) throw new UsageError(`--now expects YYYY-MM, got ${value}`);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new UsageError(`--now expects YYYY-MM, got ${value}`);
  return new Date(Date.UTC(Number(m[1]), month - 1, 1));
}

export function profileSummary(p: ResumeProfile): string {
  const out: string[] = [];
  const c = p.contact;
  out.push(`Name:        ${c.name ?? "—"}`);
  out.push(`Email:       ${c.email ?? "—"}`);
  out.push(`Phone:       ${c.phone ?? "—"}`);
  out.push(`Location:    ${c.location ?? "—"}`);
  if (c.links.length > 0) out.push(`Links:       ${c.links.map((l) => l.url).join(", ")}`);
  if (p.headline) out.push(`Headline:    ${p.headline}`);
  out.push(
    p.totalYearsExperience === 0 && p.estimatedYears !== undefined
      ? `Experience:  about ${p.estimatedYears} years (estimated: no role is dated)`
      : `Experience:  ${p.totalYearsExperience} years`,
  );
  for (const e of p.experience) {
    const when = `${e.start ?? "?"} – ${e.current ? "present" : (e.end ?? "?")}`;
    const who = [e.title, e.employer].filter(Boolean).join(" · ");
    out.push(`  ${when.padEnd(19)} ${who}${e.kind !== "unknown" && e.kind !== "full_time" ? ` (${e.kind.replace("_", "-")})` : ""}`);
  }
  out.push(`Education:   highest ${p.highestDegree.replace("_", " ")}`);
  for (const e of p.education) {
    const bits = [e.degree, e.field].filter(Boolean).join(" ");
    out.push(
      `  ${bits}${e.institution ? ` — ${e.institution}` : ""}${e.year ? `, ${e.year}` : ""}${e.completed ? "" : " (not completed)"}`,
    );
  }
  if (p.certifications.length > 0) out.push(`Credentials: ${p.certifications.map((x) => x.name).join("; ")}`);
  if (p.languages.length > 0) out.push(`Languages:   ${p.languages.join(", ")}`);
  out.push(`Skills (${p.skills.length}):`);
  const fmt = (s: ResumeProfile["skills"][number]) => (s.years !== null ? `${s.name} (${s.years}y)` : s.name);
  out.push(
    `  in experience: ${
      p.skills
        .filter((s) => s.inExperience)
        .map(fmt)
        .join(", ") || "—"
    }`,
  );
  out.push(
    `  listed only:   ${
      p.skills
        .filter((s) => !s.inExperience)
        .map(fmt)
        .join(", ") || "—"
    }`,
  );
  return out.join("\n");
}

export async function runParse(argv: readonly string[]): Promise<number> {
  try {
    const args = parseCommonArgs(argv, ["now"]);
    if (args.help) {
      process.stdout.write(`${PARSE_USAGE}\n`);
      return 0;
    }
    if (!args.file) throw new UsageError("missing FILE");
    const now = parseNow(args.options.now);
    const doc = await readDocument(args.file);
    const profile = parseResume(doc.text, { now });
    if (args.json) {
      const out = {
        name: profile.contact.name,
        email: profile.contact.email,
        phone: profile.contact.phone,
        location: profile.contact.location,
        totalYearsExperience: profile.totalYearsExperience,
        highestDegree: profile.highestDegree,
        skills: profile.skills.map((s) => s.name),
        document: { file: args.file, format: doc.format, pageCount: doc.pageCount, warnings: doc.warnings },
        profile,
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      process.stdout.write(`${profileSummary(profile)}\n`);
    }
    return 0;
  } catch (err) {
    return reportError(err, PARSE_USAGE);
  }
}
