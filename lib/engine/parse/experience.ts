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
import { lexiconNamesRole } from "../occupations/role-title";
import { isBullet, isRule, type Line, stripBullet } from "./lines";

export const TITLE_WORDS_RE =
  /\b(?:engineer|developer|programmer|architect|manager|director|analyst|designer|scientist|consultant|specialist|officer|nurse|rn|lpn|cna|accountant|auditor|bookkeeper|controller|representative|rep|executive|ae|sdr|bdr|associate|assistant|coordinator|administrator|admin|intern|internship|lead|leader|head|chief|vp|president|founder|co-founder|owner|partner|technician|technologist|teacher|tutor|instructor|professor|lecturer|researcher|research|fellow|postdoc|recruiter|sourcer|clerk|cashier|driver|operator|mechanic|electrician|therapist|pharmacist|physician|paramedic|emt|aide|counselor|advisor|adviser|planner|buyer|editor|writer|producer|strategist|marketer|supervisor|foreman|superintendent|agent|underwriter|actuary|economist|statistician|paralegal|attorney|lawyer|chef|cook|server|bartender|barista|volunteer|trainee|apprentice|student|staff|member|principal|senior|junior|sr|jr|worker|handler|specialist|generalist|secretary|receptionist|dispatcher|estimator|inspector|surveyor|librarian|curator|artist|photographer|coach|trainer|stylist|caregiver|medic|dentist|hygienist|midwife|practitioner|np|pa|physiotherapist|dietitian|sonographer|radiographer|phlebotomist)\b/i;

/** A title word outside any parenthesis: what a parenthesis adds (a client, a shift) does not name the role. */
const hasTitleWord = (text: string): boolean => TITLE_WORDS_RE.test(text.replace(/\([^()]*\)/g, ""));

/**
 * Whether a heading (or one part of it) names a role: a title word of the hand list, or a title of
 * the occupation lexicon after grade and qualifier words ("Leading Hand HD Fitter", "Locum GP").
 */
export const namesRole = (text: string): boolean => hasTitleWord(text) || lexiconNamesRole(text);

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
  const roleLike = (p: string) => hasTitleWord(p) && !ORG_WORDS_RE.test(p);
  const orgLike = (p: string) => ORG_WORDS_RE.test(p);
  let titleIdx = remaining.findIndex(roleLike);
  if (titleIdx < 0) titleIdx = remaining.findIndex((p) => hasTitleWord(p));
  if (titleIdx < 0) titleIdx = remaining.findIndex((p) => lexiconNamesRole(p) && !orgLike(p));
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

/** Dated lines of a block that may start a role, with the words beside the dates. */
function dateCandidates(block: readonly Line[], now: YearMonth): HeaderCandidate[] {
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
  return candidates;
}

/** One block of an experience section with its dated candidates: the line look-ups the head rules share. */
interface BlockView {
  block: readonly Line[];
  candidates: readonly HeaderCandidate[];
  now: YearMonth;
}

const textAt = (v: BlockView, idx: number): string => (idx >= 0 ? (v.block[idx]?.text ?? "") : "");

function nextFilled(v: BlockView, from: number): number {
  for (let k = from + 1; k < v.block.length; k++) if (textAt(v, k) !== "") return k;
  return -1;
}

function prevFilled(v: BlockView, from: number, floor: number): number {
  for (let k = from - 1; k > floor; k--) if (textAt(v, k) !== "") return k;
  return -1;
}

function isTitleLine(v: BlockView, idx: number): boolean {
  const t = textAt(v, idx);
  return isHeadingLike(t) && findDateRanges(t, v.now).length === 0 && findSeasonTerm(t) === null;
}

/**
 * A line starts a block when nothing but a blank line, a bullet or the section start precedes it
 * (and it is not the first line after the previous entry's dates, which is that entry's content).
 */
function startsBlock(v: BlockView, idx: number, prevClaimed: number): boolean {
  const before = idx - 1;
  if (before < 0) return true;
  if (before === prevClaimed) return false;
  const t = textAt(v, before);
  return t === "" || isBullet(t);
}

const cleanRest = (c: HeaderCandidate) => c.rest.replace(/^[\s,|·•–—:-]+|[\s,|·•–—:-]+$/g, "");

/** Date-first layout ("Jan 2019 – Present" / "Senior Accountant, KPMG"): the block opens with a bare date line. */
function isDateFirst(v: BlockView): boolean {
  const first = v.candidates[0];
  return (
    first !== undefined &&
    cleanRest(first) === "" &&
    v.block.slice(0, first.lineIdx).every((l) => l.text === "") &&
    isTitleLine(v, nextFilled(v, first.lineIdx))
  );
}

interface Head {
  firstIdx: number;
  head: string;
  cand: HeaderCandidate;
}

/** Date-first layout: the title on the line below the dates, the employer on the next when it reads as one. */
function headBelowDates(v: BlockView, cand: HeaderCandidate): string | null {
  const n1 = nextFilled(v, cand.lineIdx);
  if (!isTitleLine(v, n1)) return null;
  const head = textAt(v, n1);
  const n2 = nextFilled(v, n1);
  const n2Text = textAt(v, n2);
  const after = nextFilled(v, n2);
  const n2IsCompany =
    !STRONG_SEPARATOR_RE.test(head) &&
    isTitleLine(v, n2) &&
    n2Text.length <= 60 &&
    !/[.;]$/.test(n2Text) &&
    (after < 0 || isBullet(textAt(v, after)) || v.candidates.some((c) => c.lineIdx === after));
  return n2IsCompany ? `${head} — ${n2Text}` : head;
}

/** A bare date line: the heading is the line above it, with the employer above that ("Company" / "Title" / "Dates"). */
function headAboveDates(v: BlockView, cand: HeaderCandidate, prevClaimed: number): { firstIdx: number; head: string } | null {
  const p1 = prevFilled(v, cand.lineIdx, prevClaimed);
  const p1Text = textAt(v, p1);
  if (p1 < 0 || !isHeadingLike(p1Text)) return null;
  const p2 = prevFilled(v, p1, prevClaimed);
  const p2Text = textAt(v, p2);
  if (p2 >= 0 && unbalancedClose(p1Text)) return { firstIdx: p2, head: `${p2Text} ${p1Text}` };
  if (p2 >= 0 && isHeadingLike(p2Text) && p2Text.length <= 60 && !/[.;]$/.test(p2Text) && startsBlock(v, p2, prevClaimed)) {
    return { firstIdx: p2, head: `${p2Text} — ${p1Text}` };
  }
  return { firstIdx: p1, head: p1Text };
}

/** "Senior Accountant      Jan 2019 – Present" / "KPMG LLP, Chicago, IL" / bullets: the employer on the line below. */
function employerBelow(v: BlockView, cand: HeaderCandidate, restClean: string): string | null {
  const n1 = cand.lineIdx + 1;
  const n1Text = textAt(v, n1);
  const afterN1 = v.block[n1 + 1]?.text;
  const fits =
    isTitleLine(v, n1) &&
    n1Text.length <= 60 &&
    !/[.;]$/.test(n1Text) &&
    !v.candidates.some((c) => c.lineIdx === n1 || c.lineIdx === n1 + 1) &&
    (afterN1 === undefined || afterN1 === "" || isBullet(afterN1));
  return fits ? `${restClean} — ${n1Text}` : null;
}

/** The heading (title and employer text) of one dated candidate and the line it starts on. */
function headFor(v: BlockView, cand: HeaderCandidate, prevClaimed: number, dateFirst: boolean): Head {
  const restClean = cleanRest(cand);
  const plain = { firstIdx: cand.lineIdx, head: restClean, cand };
  const p1 = prevFilled(v, cand.lineIdx, prevClaimed);
  const p1Text = textAt(v, p1);
  if (restClean === "" && dateFirst) return { ...plain, head: headBelowDates(v, cand) ?? restClean };
  if (restClean === "") return { ...plain, ...(headAboveDates(v, cand, prevClaimed) ?? {}) };
  if (p1 >= 0 && isTitleLine(v, p1) && startsBlock(v, p1, prevClaimed) && wrapsOnto(p1Text, restClean)) {
    // A heading too long for one line: "Senior SRE, Platform and" / "Developer Tooling — Acme | 2019 – Present".
    return { firstIdx: p1, head: `${p1Text} ${restClean}`, cand };
  }
  if (!STRONG_SEPARATOR_RE.test(restClean) && p1 >= 0 && isHeadingLike(p1Text) && p1Text.length <= 60 && startsBlock(v, p1, prevClaimed)) {
    // "Acme Corp" / "Senior Engineer   2019 – 2021": the line above names the employer.
    return { firstIdx: p1, head: `${restClean} — ${p1Text}`, cand };
  }
  if (!STRONG_SEPARATOR_RE.test(restClean) && !restClean.includes(","))
    return { ...plain, head: employerBelow(v, cand, restClean) ?? restClean };
  return plain;
}

/** Each head's entry: from its first line to the line before the next head, blank lines at the end dropped. */
function entriesOf(v: BlockView, heads: readonly Head[]): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  for (const [k, h] of heads.entries()) {
    const nextFirst = heads[k + 1]?.firstIdx ?? v.block.length;
    let lastIdx = nextFirst - 1;
    while (lastIdx > h.cand.lineIdx && textAt(v, lastIdx) === "") lastIdx--;
    const first = v.block[h.firstIdx];
    const last = v.block[Math.max(lastIdx, h.cand.lineIdx)];
    if (!first || !last) continue;
    const parts = splitHead(h.head);
    const bodyText = `${h.head} ${textAt(v, h.cand.lineIdx)}`;
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
  return entries;
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
    const v: BlockView = { block, candidates: dateCandidates(block, now), now };
    const dateFirst = isDateFirst(v);
    const heads: Head[] = [];
    let prevClaimed = -1;
    for (const cand of v.candidates) {
      heads.push(headFor(v, cand, prevClaimed, dateFirst));
      prevClaimed = cand.lineIdx;
    }
    entries.push(...entriesOf(v, heads));
  }
  return entries;
}

/** A line that may be part of an undated role's heading: short, no bullet, no sentence, no dates, not a wrapped phrase. */
function undatedHeadLine(text: string, now: YearMonth): boolean {
  return (
    isHeadingLike(text) &&
    !/^[\p{Ll}(&,]/u.test(text) &&
    !/[,:;]$/.test(text) &&
    !OPEN_END_RE.test(text) &&
    findDateRanges(text, now).length === 0 &&
    findSeasonTerm(text) === null
  );
}

/** "Service Engineer - Pennine Cooling, Bury": a line naming a role and its employer on its own. */
function wholeRoleLine(text: string): boolean {
  const parts = splitHead(text);
  return parts.title !== null && parts.employer !== null && namesRole(parts.title);
}

/** Most lines one undated role's heading takes ("Title" / "Employer" / "City"). */
const UNDATED_HEAD_LINES = 3;

/**
 * Title, employer and place of an undated heading over several lines. When the other lines name the
 * employer and the title line adds only a word to its title ("RN – Theatre" / "St Luke's Private"),
 * the title line is the title whole; a title line naming its own employer ("Designer — Corvid Health")
 * or lines giving only a place are read together as one heading.
 */
function undatedParts(titleLine: string, rest: readonly string[]): HeadParts {
  const joined = splitHead([titleLine, ...rest].join(" — "));
  const own = splitHead(titleLine).employer;
  if (own !== null && (/\s/.test(own) || ORG_WORDS_RE.test(own))) return joined;
  const others = splitHead(rest.join(" — "));
  if (others.title === null) return joined;
  const employer = [others.title, others.employer].filter(Boolean).join(", ");
  return { title: titleLine.replace(/[\s,|·•–—:-]+$/, ""), employer, location: others.location };
}

interface UndatedHead {
  firstIdx: number;
  head: string;
  parts: HeadParts;
}

/**
 * Role headings of one undated block, with their first line: each run of short heading lines is one
 * role (title, employer and place over up to three lines, in any order), or a list of roles when
 * every line names a role and its employer ("EMPLOYERS" / "Engineer - Acme, Bury").
 */
function undatedHeads(block: readonly Line[], now: YearMonth, needBody: boolean): UndatedHead[] {
  const heads: UndatedHead[] = [];
  for (let i = 0; i < block.length; i++) {
    if (!undatedHeadLine(block[i]?.text ?? "", now)) continue;
    let j = i;
    while (j + 1 < block.length && undatedHeadLine(block[j + 1]?.text ?? "", now)) j++;
    const run = block.slice(i, j + 1);
    const body = block.slice(j + 1).find((l) => l.text !== "");
    if (needBody && !(body && isBullet(body.text))) {
      i = j;
      continue;
    }
    if (run.length >= 2 && run.every((l) => wholeRoleLine(l.text))) {
      for (const [k, l] of run.entries()) heads.push({ firstIdx: i + k, head: l.text, parts: splitHead(l.text) });
    } else if (run.length <= UNDATED_HEAD_LINES && run.some((l) => namesRole(l.text))) {
      // The line naming the role leads, so "Acme Ltd" / "Engineer" reads as title — employer either way.
      const title = run.find((l) => namesRole(l.text) && !ORG_WORDS_RE.test(l.text)) ?? run.find((l) => namesRole(l.text));
      const rest = run.filter((l) => l !== title).map((l) => l.text);
      const head = [title?.text ?? "", ...rest].join(" — ");
      heads.push({ firstIdx: i, head, parts: rest.length > 0 ? undatedParts(title?.text ?? "", rest) : splitHead(head) });
    }
    i = j;
  }
  return heads;
}

/**
 * Roles listed without dates (an undated resume, a bare list of employers): entries with no start
 * or end and no months yet; the parser shares an estimate of the career's years among them. With
 * `needBody` (blocks not under an experience heading) only headings followed by bullets count.
 */
export function extractUndatedExperience(
  blocks: readonly (readonly Line[])[],
  now: YearMonth,
  options: { needBody?: boolean } = {},
): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  for (const rawBlock of blocks) {
    const block = rawBlock.map((l) => (isRule(l.text) ? { ...l, text: "", end: l.start } : l));
    const heads = undatedHeads(block, now, options.needBody ?? false);
    for (const [k, h] of heads.entries()) {
      let lastIdx = (heads[k + 1]?.firstIdx ?? block.length) - 1;
      while (lastIdx > h.firstIdx && (block[lastIdx]?.text ?? "") === "") lastIdx--;
      const first = block[h.firstIdx];
      const last = block[lastIdx];
      if (!first || !last) continue;
      entries.push({
        ...h.parts,
        start: null,
        end: null,
        current: false,
        months: 0,
        startOffset: first.start,
        endOffset: last.end,
        kind: kindOf(h.head),
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
