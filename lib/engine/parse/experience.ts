// Experience entries: a dated line inside an experience section starts an
// entry; the title and employer sit on the same line or on the line(s) just
// above it ("Data Engineer, Acme" / "Jan 2021 – Apr 2023").
import type { ExperienceEntry } from "../types";
import { asLocation, findPhone } from "./contact";
import {
  type DateRange,
  findDateRanges,
  findSeasonTerm,
  formatYearMonth,
  monthsBetween,
  toMonthIndex,
  unionMonths,
  type YearMonth,
} from "./dates";
import { isBullet, isRule, type Line, stripBullet } from "./lines";

export const TITLE_WORDS_RE =
  /\b(?:engineer|developer|programmer|architect|manager|director|analyst|designer|scientist|consultant|specialist|officer|nurse|rn|lpn|cna|accountant|auditor|bookkeeper|controller|representative|rep|executive|ae|sdr|bdr|associate|assistant|coordinator|administrator|admin|intern|internship|lead|leader|head|chief|vp|president|founder|co-founder|owner|partner|technician|technologist|teacher|tutor|instructor|professor|lecturer|researcher|research|fellow|postdoc|recruiter|sourcer|clerk|cashier|driver|operator|mechanic|electrician|therapist|pharmacist|physician|paramedic|emt|aide|counselor|advisor|adviser|planner|buyer|editor|writer|producer|strategist|marketer|supervisor|foreman|superintendent|agent|underwriter|actuary|economist|statistician|paralegal|attorney|lawyer|chef|cook|server|bartender|barista|volunteer|trainee|apprentice|student|staff|member|principal|senior|junior|sr|jr|worker|handler|specialist|generalist|secretary|receptionist|dispatcher|estimator|inspector|surveyor|librarian|curator|artist|photographer|coach|trainer|stylist|caregiver|medic|dentist|hygienist|midwife|practitioner|np|pa|physiotherapist|dietitian|sonographer|radiographer|phlebotomist)\b/i;

const ORG_WORDS_RE =
  /\b(?:inc|llc|llp|ltd|plc|gmbh|corp|corporation|company|co|group|holdings|labs?|systems|solutions|services|technologies|partners|agency|hospital|clinic|health|healthcare|medical center|center|centre|university|college|school|academy|institute|bank|foundation|store|stores|restaurant|hotel|studio|ventures|capital|consulting|district|county|city of|department|ministry|council)\b/i;

function isHeadingLike(text: string): boolean {
  if (text === "" || isBullet(text)) return false;
  if (text.length > 90) return false;
  if (/[.!?]$/.test(text) && !/\b(?:Inc|Ltd|Co|Corp|LLC|Jr|Sr)\.$/.test(text)) return false;
  // Separators ("—", "|") are not words: "Staff Nurse III, Medical Intensive Care Unit — Froedtert Riverside Hospital, Milwaukee, WI".
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 12;
}

// Separators that put a title and an employer on one line ("Engineer — Acme", "Engineer at Acme").
const STRONG_SEPARATOR_RE = /\s[—–|@·•-]\s|\s{2}|\sat\s/;

const DURATION_RE =
  /[(·•|-]?\s*\b\d{1,2}\+?\s*(?:yrs?|years?)(?:,?\s*\d{1,2}\s*(?:mos?|months?))?\b\s*\)?|[(·•|-]?\s*\b\d{1,2}\s*(?:mos?|months?)\b\s*\)?/gi;

function unbalancedClose(text: string): boolean {
  return (text.match(/\)/g)?.length ?? 0) > (text.match(/\(/g)?.length ?? 0);
}

export interface HeadParts {
  title: string | null;
  employer: string | null;
  location: string | null;
}

/** Splits "Data Engineer II, Blue Ridge Outfitters" / "Acme — Staff Engineer" / "Title | Company | City, ST". */
export function splitHead(head: string): HeadParts {
  const text = head
    .replace(/^[\s,|·•–—-]+|[\s,|·•–—:-]+$/g, "")
    .replace(/\s{2,}/g, "  ")
    .trim();
  let location: string | null = null;
  let parts = text
    .split(/\s+[—–|@·•]\s+|\s+-\s+|\s+at\s+|\s{2,}|\t/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    // Commas separate title and employer only when neither side holds another separator.
    const comma = text.split(/,\s+/).map((p) => p.trim());
    if (comma.length >= 2) parts = [comma[0] ?? "", comma.slice(1).join(", ")];
  }
  const remaining: string[] = [];
  for (const p of parts) {
    // A contact detail that strayed into a heading (two-column exports) is neither title nor employer.
    if (/@/.test(p) || findPhone(p) === p) continue;
    if (!location) {
      const loc = asLocation(p);
      if (loc) {
        location = loc;
        continue;
      }
      // "Wellstar Hospital, Marietta, GA": the employer carries the location.
      const tail = /,\s*([\p{Lu}][\p{L}.' -]+,\s*[\p{Lu}][\p{L}.]+)$/u.exec(p);
      const tailLoc = tail?.[1] ? asLocation(tail[1]) : null;
      if (tail && tailLoc) {
        location = tailLoc;
        remaining.push(p.slice(0, tail.index).trim());
        continue;
      }
    }
    remaining.push(p);
  }
  if (remaining.length === 0) return { title: null, employer: null, location };
  if (remaining.length === 1) return { title: remaining[0] ?? null, employer: null, location };
  // The title is the part naming a role; organisation words ("Hospital", "Inc", "Center") mark the employer.
  const roleLike = (p: string) => TITLE_WORDS_RE.test(p.replace(/\([^()]*\)/g, "")) && !ORG_WORDS_RE.test(p);
  const orgLike = (p: string) => ORG_WORDS_RE.test(p);
  let titleIdx = remaining.findIndex(roleLike);
  if (titleIdx < 0) titleIdx = remaining.findIndex((p) => TITLE_WORDS_RE.test(p.replace(/\([^()]*\)/g, "")));
  if (titleIdx < 0 && remaining.length === 2 && orgLike(remaining[0] ?? "") && !orgLike(remaining[1] ?? "")) titleIdx = 1;
  const ti = Math.max(titleIdx, 0);
  const title = remaining[ti] ?? null;
  const employer = remaining.find((_, i) => i !== ti) ?? null;
  return { title, employer, location };
}

export function kindOf(text: string): ExperienceEntry["kind"] {
  // Student placements (a nursing practicum, a capstone) count like internships.
  if (
    /\bintern(?:ship)?\b|\bco-?op\b|\btrainee\b|\bapprentice(?:ship)?\b|\bpracticum\b|\bcapstone\b|\bclinical (?:rotation|placement)s?\b/i.test(
      text,
    )
  )
    return "internship";
  if (/\bvolunteer\b/i.test(text)) return "volunteer";
  if (/\bpart[- ]time\b/i.test(text)) return "part_time";
  if (/\bcontract(?:or)?\b|\bfreelance(?:r)?\b|\bself[- ]employed\b|\b1099\b|\btemp(?:orary)?\b/i.test(text)) return "contract";
  if (/\bfull[- ]time\b/i.test(text)) return "full_time";
  return "unknown";
}

// A line that stops mid-phrase ("… Platform and", "… Blue Ridge,", "Engineer —").
const OPEN_END_RE = /(?:\s(?:and|&|of|for|in|at|the|to|with)|[,/&|—–-])$/i;

/**
 * Whether a heading line continues on the dated line below it: it ends mid-phrase,
 * the next line starts in lower case, or the next line opens with an organisation
 * word that finishes the employer's name ("… International Holdings" / "Company, Denver, CO").
 */
function wrapsOnto(above: string, rest: string): boolean {
  if (rest === "" || isBullet(above)) return false;
  if (OPEN_END_RE.test(above) || /^[\p{Ll}(&]/u.test(rest)) return true;
  const first = rest.split(/\s*(?:,|\s[—–|@·•-]\s|\s{2})\s*/)[0] ?? "";
  return first.split(/\s+/).length <= 2 && ORG_WORDS_RE.test(first) && !TITLE_WORDS_RE.test(first) && STRONG_SEPARATOR_RE.test(above);
}

interface HeaderCandidate {
  lineIdx: number;
  range: DateRange;
  rest: string;
}

/**
 * Experience entries from the lines of the experience section(s), each given as a
 * contiguous block of lines. Offsets refer to the document text.
 */
export function extractExperience(blocks: readonly (readonly Line[])[], now: YearMonth): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  for (const rawBlock of blocks) {
    // Underlines ("=====") read as blank lines.
    const block = rawBlock.map((l) => (isRule(l.text) ? { ...l, text: "", end: l.start } : l));
    const candidates: HeaderCandidate[] = [];
    for (let i = 0; i < block.length; i++) {
      const line = block[i];
      if (!line || line.text === "") continue;
      // Achievements written as bullets ("2019–2021: grew revenue…") are not new roles.
      if (line.text.length > 150) continue;
      if (isBullet(line.text) && line.text.length > 70) continue;
      const range = findDateRanges(line.text, now)[0] ?? findSeasonTerm(line.text) ?? undefined;
      if (!range) continue;
      // A range in the middle of a sentence ("…from 2019 to 2021 I led…") is prose.
      const before = line.text.slice(0, range.index);
      const after = line.text.slice(range.index + range.length);
      if (/[a-z]\s*$/.test(before) && /^\s*[a-z]/.test(after) && !/[|,(–—-]\s*$/.test(before)) continue;
      const rest = `${stripBullet(before)} ${after}`
        // Durations exported next to dates ("(7 yrs 10 mos)", "· 2 years") are not titles.
        .replace(DURATION_RE, " ")
        .replace(/[()[\]]/g, (c) => (/[([]/.test(c) ? "(" : ")"))
        .replace(/\(\s*\)/g, "")
        .replace(/\s+/g, " ")
        .trim();
      candidates.push({ lineIdx: i, range, rest });
    }

    const heads: { firstIdx: number; head: string; cand: HeaderCandidate }[] = [];
    let prevClaimed = -1;
    // A line starts a block when nothing but a blank line, a bullet or the section start precedes it
    // (and it is not the first line after the previous entry's dates, which is that entry's content).
    const startsBlock = (idx: number): boolean => {
      const before = idx - 1;
      if (before < 0) return true;
      if (before === prevClaimed) return false;
      const t = block[before]?.text ?? "";
      return t === "" || isBullet(t);
    };
    const cleanRest = (c: HeaderCandidate) => c.rest.replace(/^[\s,|·•–—:-]+|[\s,|·•–—:-]+$/g, "");
    const nextIdx = (from: number): number => {
      for (let k = from + 1; k < block.length; k++) if ((block[k]?.text ?? "") !== "") return k;
      return -1;
    };
    const isTitleLine = (idx: number): boolean => {
      const t = idx >= 0 ? (block[idx]?.text ?? "") : "";
      return isHeadingLike(t) && findDateRanges(t, now).length === 0 && findSeasonTerm(t) === null;
    };
    // Date-first layout ("Jan 2019 – Present" / "Senior Accountant, KPMG"): the block opens with a bare date line.
    const firstCand = candidates[0];
    const dateFirst =
      firstCand !== undefined &&
      cleanRest(firstCand) === "" &&
      block.slice(0, firstCand.lineIdx).every((l) => l.text === "") &&
      isTitleLine(nextIdx(firstCand.lineIdx));
    for (const cand of candidates) {
      const restClean = cleanRest(cand);
      const prevIdx = (from: number): number => {
        for (let k = from - 1; k > prevClaimed; k--) if ((block[k]?.text ?? "") !== "") return k;
        return -1;
      };
      let firstIdx = cand.lineIdx;
      let head = restClean;
      const p1 = prevIdx(cand.lineIdx);
      const p1Text = p1 >= 0 ? (block[p1]?.text ?? "") : "";
      if (restClean === "" && dateFirst) {
        const n1 = nextIdx(cand.lineIdx);
        if (isTitleLine(n1)) {
          head = block[n1]?.text ?? "";
          const n2 = nextIdx(n1);
          const n2Text = n2 >= 0 ? (block[n2]?.text ?? "") : "";
          const after = nextIdx(n2);
          const n2IsCompany =
            !STRONG_SEPARATOR_RE.test(head) &&
            isTitleLine(n2) &&
            n2Text.length <= 60 &&
            !/[.;]$/.test(n2Text) &&
            (after < 0 || isBullet(block[after]?.text ?? "") || candidates.some((c) => c.lineIdx === after));
          if (n2IsCompany) head = `${head} — ${n2Text}`;
        }
      } else if (restClean === "") {
        if (p1 >= 0 && isHeadingLike(p1Text)) {
          head = p1Text;
          firstIdx = p1;
          const p2 = prevIdx(p1);
          const p2Text = p2 >= 0 ? (block[p2]?.text ?? "") : "";
          if (p2 >= 0 && unbalancedClose(p1Text)) {
            head = `${p2Text} ${p1Text}`;
            firstIdx = p2;
          } else if (p2 >= 0 && isHeadingLike(p2Text) && p2Text.length <= 60 && !/[.;]$/.test(p2Text) && startsBlock(p2)) {
            // "Company" / "Title" / "Dates".
            head = `${p2Text} — ${p1Text}`;
            firstIdx = p2;
          }
        }
      } else if (p1 >= 0 && isTitleLine(p1) && startsBlock(p1) && wrapsOnto(p1Text, restClean)) {
        // A heading too long for one line: "Senior SRE, Platform and" / "Developer Tooling — Acme | 2019 – Present".
        head = `${p1Text} ${restClean}`;
        firstIdx = p1;
      } else if (!STRONG_SEPARATOR_RE.test(restClean) && p1 >= 0 && isHeadingLike(p1Text) && p1Text.length <= 60 && startsBlock(p1)) {
        // "Acme Corp" / "Senior Engineer   2019 – 2021": the line above names the employer.
        head = `${restClean} — ${p1Text}`;
        firstIdx = p1;
      } else if (restClean !== "" && !STRONG_SEPARATOR_RE.test(restClean) && !restClean.includes(",")) {
        // "Senior Accountant      Jan 2019 – Present" / "KPMG LLP, Chicago, IL" / bullets: the line below.
        const n1 = cand.lineIdx + 1;
        const n1Text = block[n1]?.text ?? "";
        const afterN1 = block[n1 + 1]?.text;
        if (
          isTitleLine(n1) &&
          n1Text.length <= 60 &&
          !/[.;]$/.test(n1Text) &&
          !candidates.some((c) => c.lineIdx === n1 || c.lineIdx === n1 + 1) &&
          (afterN1 === undefined || afterN1 === "" || isBullet(afterN1))
        ) {
          head = `${restClean} — ${n1Text}`;
        }
      }
      heads.push({ firstIdx, head, cand });
      prevClaimed = cand.lineIdx;
    }

    for (const [k, h] of heads.entries()) {
      const nextFirst = heads[k + 1]?.firstIdx ?? block.length;
      let lastIdx = nextFirst - 1;
      while (lastIdx > h.cand.lineIdx && (block[lastIdx]?.text ?? "") === "") lastIdx--;
      const first = block[h.firstIdx];
      const last = block[Math.max(lastIdx, h.cand.lineIdx)];
      if (!first || !last) continue;
      const parts = splitHead(h.head);
      const bodyText = `${h.head} ${block[h.cand.lineIdx]?.text ?? ""}`;
      entries.push({
        title: parts.title,
        employer: parts.employer,
        location: parts.location,
        start: formatYearMonth(h.cand.range.start),
        end: formatYearMonth(h.cand.range.end),
        current: h.cand.range.current,
        months: monthsBetween(h.cand.range.start, h.cand.range.end),
        startOffset: first.start,
        endOffset: last.end,
        kind: kindOf(bodyText),
      });
    }
  }
  return entries;
}

/** Total professional experience in years (one decimal), overlapping roles counted once. */
export function totalYears(entries: readonly ExperienceEntry[]): number {
  const intervals: { start: number; end: number }[] = [];
  for (const e of entries) {
    if (!e.start || !e.end) continue;
    const [sy, sm] = e.start.split("-").map(Number);
    const [ey, em] = e.end.split("-").map(Number);
    if (!sy || !sm || !ey || !em) continue;
    intervals.push({
      start: toMonthIndex({ year: sy, month: sm }),
      end: toMonthIndex({ year: ey, month: em }),
    });
  }
  return Math.round((unionMonths(intervals) / 12) * 10) / 10;
}
