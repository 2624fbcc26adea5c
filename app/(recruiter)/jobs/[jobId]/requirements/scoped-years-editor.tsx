"use client";

import { SkillChips, type SkillOption } from "@/components/skill-chips";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { ScopedYears } from "@/lib/engine/types";
import { SCOPED_YEARS_LIMITS } from "@/lib/schemas/job-limits";

/**
 * A scoped years requirement as the editor holds it: years as typed, and a key that stays with
 * the row (for React and element ids; the same on the server and in the browser).
 */
export type ScopedYearsRow = { key: number; years: string; groups: string[][]; text: string };

export function toRows(scoped: ScopedYears[] | undefined): ScopedYearsRow[] {
  return (scoped ?? []).map((s, index) => ({ key: index, years: String(s.minYears), groups: s.groups, text: s.text }));
}

/**
 * The rows as the requirements store them, or the first problem a recruiter must fix.
 * Emptied skill groups are dropped; a row left without skills is an error (remove it instead).
 */
export function fromRows(rows: ScopedYearsRow[]): { ok: true; value: ScopedYears[] } | { ok: false; error: string } {
  const value: ScopedYears[] = [];
  for (const [index, row] of rows.entries()) {
    const years = row.years.trim() === "" ? Number.NaN : Number(row.years);
    const label = `Years requirement ${index + 1}`;
    if (!Number.isFinite(years) || years < SCOPED_YEARS_LIMITS.minYears || years > SCOPED_YEARS_LIMITS.maxYears)
      return {
        ok: false,
        error: `${label}: the years must be a number from ${SCOPED_YEARS_LIMITS.minYears} to ${SCOPED_YEARS_LIMITS.maxYears}.`,
      };
    const groups = row.groups.filter((group) => group.length > 0);
    if (groups.length === 0) return { ok: false, error: `${label}: add at least one skill, or remove the requirement.` };
    value.push({ minYears: years, groups, text: row.text });
  }
  return { ok: true, value };
}

function fmt(years: string): string {
  const n = Number(years);
  return years.trim() !== "" && Number.isFinite(n) ? String(n) : "…";
}

/** "Python or Go and SQL": alternatives of a group joined by "or", groups (all required) by "and". */
function scopeText(groups: string[][], byId: Map<string, string>): string {
  const scope = groups
    .filter((group) => group.length > 0)
    .map((group) => group.map((id) => byId.get(id) ?? id).join(" or "))
    .join(" and ");
  return scope || "… (add a skill)";
}

/**
 * The "Years of experience" rows: each scoped requirement as "at least N years of <skills>",
 * alternatives of a group joined by "or" (all groups are required). A skill the job no longer
 * lists keeps its scope: years in a skill can be asked for without it being a listed skill.
 */
export function ScopedYearsEditor({
  rows,
  onChange,
  listedSkills,
  options,
  byId,
}: {
  rows: ScopedYearsRow[];
  onChange: (rows: ScopedYearsRow[]) => void;
  /** Must-have and nice-to-have ids: scopes naming others are flagged. */
  listedSkills: string[];
  options: SkillOption[];
  byId: Map<string, string>;
}) {
  const update = (key: number, change: Partial<ScopedYearsRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <div className="space-y-3">
      <h3 className="text-sm font-medium text-slate-800">Years in specific skills</h3>
      {rows.length === 0 ? <p className="text-sm text-slate-500">None: only the overall minimum applies.</p> : null}
      <ul className="space-y-3">
        {rows.map((row, index) => {
          const scope = scopeText(row.groups, byId);
          const sentence = `At least ${fmt(row.years)} ${Number(row.years) === 1 ? "year" : "years"} of ${scope}`;
          const unlisted = [...new Set(row.groups.flat())].filter((id) => !listedSkills.includes(id));
          return (
            <li key={row.key} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="scoped-years-row">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <label id={`scoped-label-${row.key}`} htmlFor={`scoped-years-${row.key}`}>
                  At least
                </label>
                <div className="w-24 flex-none">
                  <Input
                    id={`scoped-years-${row.key}`}
                    type="number"
                    inputMode="decimal"
                    min={SCOPED_YEARS_LIMITS.minYears}
                    max={SCOPED_YEARS_LIMITS.maxYears}
                    step={0.5}
                    required
                    value={row.years}
                    onChange={(event) => update(row.key, { years: event.target.value })}
                    aria-labelledby={`scoped-label-${row.key} scoped-scope-${row.key}`}
                  />
                </div>
                <span id={`scoped-scope-${row.key}`}>
                  years of <span className="font-medium text-slate-900">{scope}</span>
                </span>
                <Button
                  variant="ghost"
                  className="ml-auto px-2 py-1 text-red-700 underline"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  aria-label={`Remove years requirement ${index + 1}: ${sentence}`}
                >
                  Remove
                </Button>
              </div>
              {row.groups.map((group, groupIndex) => (
                <SkillChips
                  // biome-ignore lint/suspicious/noArrayIndexKey: a group has no identity besides its position in the row.
                  key={groupIndex}
                  label={
                    row.groups.length > 1
                      ? `Requirement ${index + 1}, skill group ${groupIndex + 1} of ${row.groups.length} (any one counts; every group is required)`
                      : `Requirement ${index + 1} skills (any one counts)`
                  }
                  value={group}
                  onChange={(ids) => update(row.key, { groups: row.groups.map((g, i) => (i === groupIndex ? ids : g)) })}
                  options={options}
                  byId={byId}
                  joiner="or"
                />
              ))}
              <p className="text-xs text-slate-500">{row.text ? `From the description: “${row.text}”` : "Added in this editor."}</p>
              {unlisted.length > 0 ? (
                <p className="text-xs text-amber-800">
                  {unlisted.map((id) => byId.get(id) ?? id).join(", ")} {unlisted.length === 1 ? "is" : "are"} not among the job's must-have
                  or nice-to-have skills; this years requirement still applies.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {rows.length < SCOPED_YEARS_LIMITS.maxRows ? (
        <Button
          variant="secondary"
          onClick={() => onChange([...rows, { key: Math.max(-1, ...rows.map((r) => r.key)) + 1, years: "1", groups: [[]], text: "" }])}
        >
          Add a years requirement
        </Button>
      ) : null}
    </div>
  );
}
