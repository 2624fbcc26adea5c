// Date and date-range recognition for resumes. Months are counted as integers
// (year * 12 + month - 1) so ranges and unions are simple integer arithmetic.

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface DateRange {
  start: YearMonth;
  end: YearMonth;
  /** True when the end was "Present", "Current"… and resolved to `now`. */
  current: boolean;
  /** Position of the whole range inside the searched string. */
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Seasons map to the month a term of that season usually starts.
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

const MONTH_NAME =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const SEASON = "(?:spring|summer|fall|autumn|winter)";
const YEAR = "(?:19[5-9]\\d|20\\d\\d)";
const MM = "(?:0?[1-9]|1[0-2])";

const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
// A day-precise date, as contract, rotation and sea-service records write sign-on and sign-off: "12.03.2019",
// "12/03/2019", "2019-03-12", "12 Mar 2019", "12-Mar-2019", "March 12, 2019". Only its month counts.
const FULL_DATE = `(?:\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?${YEAR}|${YEAR}-${MM}-${DAY}(?!\\d)|${DAY}(?:st|nd|rd|th)?[\\s-]${MONTH_NAME}\\.?,?[\\s-]${YEAR}|${MONTH_NAME}\\.?\\s${DAY}(?:st|nd|rd|th)?,?\\s${YEAR})`;
// One date: "Jan 2019", "Sept. 2020", "January, 2019", "03/2017", "2022.01", "2023-01", "Summer 2021", "2015".
// A date to the month at least (every form but a bare year).
const PRECISE_DATE = `(?:${FULL_DATE}|${MONTH_NAME}\\.?,?(?:\\s*|-)(?:'\\d\\d|${YEAR})|${SEASON}\\s+${YEAR}|${MM}\\s*[/.-]\\s*${YEAR}|${YEAR}\\s*[/.-]\\s*${MM}(?!\\d))`;
const DATE = `(?:${PRECISE_DATE}|${YEAR})`;
// "Present" in English and in the European languages resumes most often mix in ("04.2024 – heute").
const PRESENT =
  "(?:present|current(?:ly)?|now|today|ongoing|(?:to|till|until|up\\s+to)\\s+(?:date|now|present)|date|(?:bis\\s+)?heute|aktuell|aujourd'hui|pr[ée]sent|actualidad|actualmente|presente|atualmente|oggi|heden)";
// A table row's "From | To" cells side by side ("03/2019 | 11/2019", tab-separated in DOCX) are a range too.
const SEP = "(?:\\s*(?:-{1,2}|–|—|~|→|\\||\\t)\\s*|\\s+(?:to|until|till|through|thru)\\s+)";

const DATE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE}(?![\\p{L}\\p{N}])`, "giu");
const RANGE_RE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${DATE})${SEP}(${DATE}|${PRESENT})(?![\\p{L}\\p{N}])`, "giu");
// "Jun – Aug 2025": the start month borrows the end's year.
// "12.03.2019      28.10.2019": the sign-on and sign-off columns of a table laid out with spaces (a PDF's text);
// only dates to the month, as a bare year beside a date is more often another column's.
const COLUMN_RANGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(${PRECISE_DATE})(?: {2,}|\\t)\\s*(${PRECISE_DATE}|${PRESENT})(?![\\p{L}\\p{N}])`,
  "giu",
);
const SHORT_RANGE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_NAME})\\.?${SEP}(${MONTH_NAME}\\.?,?\\s*${YEAR})(?![\\p{L}\\p{N}])`, "giu");
const SINGLE_DATE_RE = new RegExp(`^${DATE}$`, "iu");
const FULL_DATE_RE = new RegExp(`^${FULL_DATE}$`, "iu");
const PRESENT_RE = new RegExp(`^${PRESENT}$`, "iu");

export function toMonthIndex(ym: YearMonth): number {
  return ym.year * 12 + (ym.month - 1);
}

export function fromMonthIndex(index: number): YearMonth {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatYearMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, "0")}`;
}

export function yearMonthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

const NUMERIC_FULL_RE = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})$/;
const ISO_FULL_RE = /^(\d{4})-(\d{1,2})-\d{1,2}$/;

type DayOrder = "dmy" | "mdy";

/** The order a numeric day-precise date shows by itself: "28/03/2019" is day first, "03/28/2019" month first. */
function dayOrderOf(raw: string): DayOrder | null {
  const m = NUMERIC_FULL_RE.exec(raw.trim());
  if (!m) return null;
  if (Number(m[1]) > 12) return "dmy";
  return Number(m[2]) > 12 ? "mdy" : null;
}

/** The month of a day-precise date: day first (most of the world) unless its range shows month first ("03/28/2019"). */
function parseFullDate(s: string, order: DayOrder | null): YearMonth | null {
  const iso = ISO_FULL_RE.exec(s);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) };
  const m = NUMERIC_FULL_RE.exec(s);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const monthFirst = (order ?? dayOrderOf(s)) === "mdy";
    const month = monthFirst ? a : b;
    const day = monthFirst ? b : a;
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month } : null;
  }
  // "12 Mar 2019", "12th-Mar-2019", "March 12, 2019": the day dropped.
  const words = s
    .replace(/(?<![a-z])\d{1,2}(?:st|nd|rd|th)?(?=[\s,-])/, "")
    .replace(/^[\s-]+|[\s-]+(?=\d{4}$)/g, " ")
    .replace(/\s*,?\s+/g, " ")
    .trim();
  return words !== s && SINGLE_DATE_RE.test(words) ? parseDate(words) : null;
}

/** Parses one date token ("Jan 2019", "03/2017", "2022.01", "2015", "12.03.2019"…); year-only reads as January. */
export function parseDate(raw: string, order: DayOrder | null = null): YearMonth | null {
  const s = raw.trim().toLowerCase();
  if (!SINGLE_DATE_RE.test(s)) return null;
  if (FULL_DATE_RE.test(s)) return parseFullDate(s, order);
  let m = /^([a-z]+)\.?,?(?:\s*|-)('?)(\d{2,4})$/.exec(s);
  if (m?.[1] && m[3]) {
    const word = m[1];
    const monthKey = word.length >= 4 && word.startsWith("sept") ? "sept" : word.slice(0, 3);
    const month = MONTHS[monthKey] ?? SEASONS[word];
    if (month === undefined) return null;
    let year = Number(m[3]);
    if (m[2] === "'" || m[3].length === 2) year += year < 50 ? 2000 : 1900;
    return { year, month };
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m?.[1] && m[2]) return { year: Number(m[2]), month: Number(m[1]) };
  m = /^(\d{4})\s*[/.-]\s*(\d{1,2})$/.exec(s);
  if (m?.[1] && m[2]) return { year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{4})$/.exec(s);
  if (m?.[1]) return { year: Number(m[1]), month: 1 };
  return null;
}

/** All date ranges in a string, left to right ("Jan 2019 – Present", "2015–2018", "October 2024 to Present"…). */
export function findDateRanges(text: string, now: YearMonth): DateRange[] {
  const out: DateRange[] = [];
  for (const m of [...text.matchAll(RANGE_RE), ...text.matchAll(COLUMN_RANGE_RE)]) {
    const startRaw = m[1] ?? "";
    const endRaw = m[2] ?? "";
    // A column pair is read only where no written range already took its dates.
    if (out.some((r) => m.index < r.index + r.length && r.index < m.index + m[0].length)) continue;
    // "03/04/2019 – 03/28/2019": a date that shows its order decides its partner's.
    const order = dayOrderOf(startRaw) ?? dayOrderOf(endRaw);
    const start = parseDate(startRaw, order);
    if (!start) continue;
    const current = PRESENT_RE.test(endRaw.trim());
    let end = current ? now : parseDate(endRaw, order);
    if (!end) continue;
    // "Jan – Mar 2019" style ranges are not matched (the start needs a year), but a bare
    // month-less start with a later end is fine; reject reversed ranges as noise.
    if (toMonthIndex(end) < toMonthIndex(start)) {
      if (current) end = start;
      else continue;
    }
    out.push({ start, end, current, index: m.index, length: m[0].length });
  }
  SHORT_RANGE_RE.lastIndex = 0;
  for (let m = SHORT_RANGE_RE.exec(text); m; m = SHORT_RANGE_RE.exec(text)) {
    const end = parseDate(m[2] ?? "");
    const startMonth = parseDate(`${m[1] ?? ""} ${end?.year ?? ""}`);
    if (!end || !startMonth || toMonthIndex(startMonth) > toMonthIndex(end)) continue;
    const index = m.index;
    if (out.some((r) => index < r.index + r.length && r.index < index + m[0].length)) continue;
    out.push({ start: startMonth, end, current: false, index, length: m[0].length });
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

const SEASON_TERM_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${SEASON})\\s+(${YEAR})(?![\\p{L}\\p{N}])`, "iu");

/**
 * A lone season with no range ("Summer 2018" for an internship): one season, three
 * months from the month that season usually starts. Only for lines with no range.
 */
export function findSeasonTerm(text: string): DateRange | null {
  if (findDateRanges(text, { year: 2100, month: 1 }).length > 0) return null;
  const m = SEASON_TERM_RE.exec(text);
  const start = m ? parseDate(m[0]) : null;
  if (!m || !start) return null;
  const end = fromMonthIndex(toMonthIndex(start) + 3);
  return { start, end, current: false, index: m.index, length: m[0].length };
}

/** Single dates in a string (used for education years and graduation dates). */
export function findDates(text: string): { date: YearMonth; index: number; length: number }[] {
  const out: { date: YearMonth; index: number; length: number }[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const date = parseDate(m[0]);
    if (date) out.push({ date, index: m.index, length: m[0].length });
  }
  return out;
}

export function monthsBetween(start: YearMonth, end: YearMonth): number {
  return Math.max(0, toMonthIndex(end) - toMonthIndex(start));
}

/** Total months covered by half-open [start, end) month intervals, overlaps counted once. */
export function unionMonths(intervals: readonly { start: number; end: number }[]): number {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const { start, end } of sorted) {
    if (start > curEnd) {
      total += curEnd - curStart;
      curStart = start;
      curEnd = end;
    } else if (end > curEnd) {
      curEnd = end;
    }
  }
  total += curEnd - curStart;
  return total;
}
