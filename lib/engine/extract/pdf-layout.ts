// Turns positioned PDF text items into reading-order text. PDF has no notion
// of lines or columns, only glyph runs at coordinates, and the order of runs in
// the content stream is whatever the generator chose. Resumes often put
// contact details and skills in a sidebar next to the main column; reading
// row by row would splice sidebar lines into experience bullets. So per page
// we look for a vertical gutter, emit each column as a contiguous block, and
// only then assemble lines (by baseline) and paragraphs (by vertical gaps).

export interface PositionedText {
  str: string;
  /** Left edge, in points from the left of the page. */
  x: number;
  /** Baseline, in points from the top of the page (grows downwards). */
  y: number;
  width: number;
  fontSize: number;
}

/** A horizontal run of items on one baseline without a large gap. */
interface Fragment {
  items: PositionedText[];
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  chars: number;
}

type Side = "left" | "right";

export interface LayoutContext {
  /** Which column goes first once a page has been split; fixed by the first split so pages read consistently. */
  firstSide?: Side;
}

const MAX_SPLIT_DEPTH = 3;
// A resume page has a few hundred runs; far more means generated noise, read row by row.
const MAX_FRAGMENTS_FOR_COLUMNS = 5_000;

/** Lower median: with few samples, a single large gap must not become the "typical" one. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function dedupeOverprinted(items: PositionedText[]): PositionedText[] {
  // Some generators fake bold by drawing the same run twice with a tiny offset.
  const byText = new Map<string, PositionedText[]>();
  const kept: PositionedText[] = [];
  for (const item of items) {
    const same = byText.get(item.str);
    if (same?.some((s) => Math.abs(s.x - item.x) < 1.5 && Math.abs(s.y - item.y) < 1.5)) continue;
    if (same) same.push(item);
    else byText.set(item.str, [item]);
    kept.push(item);
  }
  return kept;
}

/** Vertical extent of a glyph run: ascent above the baseline, a little descent below. */
function glyphBox(y: number, size: number): [number, number] {
  return [y - 0.8 * size, y + 0.2 * size];
}

/**
 * Clusters items into rows: two runs share a row when their glyph boxes
 * overlap by at least half of the smaller one, so superscripts, subscripts
 * and small baseline jitter stay on their line. Items within a row keep no
 * particular order.
 */
function clusterByBaseline<T extends { y: number; fontSize: number }>(things: T[]): T[][] {
  const sorted = [...things].sort((a, b) => a.y - b.y);
  const rows: { y: number; size: number; members: T[] }[] = [];
  for (const thing of sorted) {
    let row = rows[rows.length - 1];
    // A superscript sorted ahead of its line can make the previous row end one step early; look back one row too.
    const candidates = [row, rows[rows.length - 2]];
    row = candidates.find((r) => {
      if (!r) return false;
      const [rowTop, rowBottom] = glyphBox(r.y, r.size);
      const [top, bottom] = glyphBox(thing.y, thing.fontSize);
      const overlap = Math.min(rowBottom, bottom) - Math.max(rowTop, top);
      return overlap >= 0.5 * Math.min(rowBottom - rowTop, bottom - top);
    });
    if (row) {
      row.members.push(thing);
      // Anchor the row on its largest text so a superscript does not drag it.
      if (thing.fontSize > row.size) {
        row.size = thing.fontSize;
        row.y = thing.y;
      }
    } else {
      rows.push({ y: thing.y, size: thing.fontSize, members: [thing] });
    }
  }
  return rows.map((r) => r.members);
}

function buildFragments(items: PositionedText[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const row of clusterByBaseline(items)) {
    row.sort((a, b) => a.x - b.x);
    let current: Fragment | undefined;
    for (const item of row) {
      const gap = current ? item.x - current.x1 : Number.POSITIVE_INFINITY;
      if (current && gap <= Math.max(3, 0.9 * Math.max(item.fontSize, current.fontSize))) {
        current.items.push(item);
        current.x1 = Math.max(current.x1, item.x + item.width);
        current.fontSize = Math.max(current.fontSize, item.fontSize);
        current.chars += item.str.trim().length;
      } else {
        current = {
          items: [item],
          x0: item.x,
          x1: item.x + item.width,
          y: item.y,
          fontSize: item.fontSize,
          chars: item.str.trim().length,
        };
        fragments.push(current);
      }
    }
  }
  return fragments;
}

interface Split {
  gutter: number;
  left: Fragment[];
  right: Fragment[];
  spanning: Fragment[];
}

function verticalExtent(frags: Fragment[]): [number, number] {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const f of frags) {
    top = Math.min(top, f.y - f.fontSize);
    bottom = Math.max(bottom, f.y);
  }
  return [top, bottom];
}

/** Share of a column's fragments that have a neighbour in the same column a line or so away: text columns are dense, right-aligned date columns are not. */
function density(frags: Fragment[]): number {
  if (frags.length === 0) return 0;
  const ys = frags.map((f) => ({ y: f.y, size: f.fontSize })).sort((a, b) => a.y - b.y);
  let dense = 0;
  for (let i = 0; i < ys.length; i++) {
    const cur = ys[i];
    if (!cur) continue;
    const prev = ys[i - 1];
    const next = ys[i + 1];
    const reach = 2.4 * cur.size;
    if ((prev && cur.y - prev.y <= reach) || (next && next.y - cur.y <= reach)) dense++;
  }
  return dense / ys.length;
}

/** Share of `frags` sitting on the same baseline as some fragment of `other` (table rows, label/value pairs). */
function baselineAlignment(frags: Fragment[], other: Fragment[]): number {
  if (frags.length === 0 || other.length === 0) return 0;
  // Sorted baselines + binary search keeps this O(n log n) on pages with thousands of runs.
  const sorted = other.map((o) => ({ y: o.y, size: o.fontSize })).sort((a, b) => a.y - b.y);
  let aligned = 0;
  for (const f of frags) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid]?.y ?? 0) < f.y) low = mid + 1;
      else high = mid;
    }
    const near = [sorted[low - 1], sorted[low]];
    if (near.some((o) => o && Math.abs(o.y - f.y) <= 0.25 * Math.min(o.size, f.fontSize))) aligned++;
  }
  return aligned / frags.length;
}

// Years, month names and "present": the content of a date column.
const DATE_LIKE =
  /\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\bpresent\b|\bcurrent\b|\b\d{1,2}\/\d{2,4}\b/i;

function averageChars(frags: Fragment[]): number {
  return frags.length === 0 ? 0 : frags.reduce((n, f) => n + f.chars, 0) / frags.length;
}

function fragmentText(f: Fragment): string {
  return f.items.map((i) => i.str).join(" ");
}

function evaluateSplit(frags: Fragment[], gutter: number): { split: Split; interrupting: number } | null {
  const left: Fragment[] = [];
  const right: Fragment[] = [];
  const spanning: Fragment[] = [];
  for (const f of frags) {
    if (f.x1 <= gutter) left.push(f);
    else if (f.x0 >= gutter) right.push(f);
    else spanning.push(f);
  }
  if (left.length < 3 || right.length < 3) return null;

  // The two sides must run side by side, not one above the other.
  const [leftTop, leftBottom] = verticalExtent(left);
  const [rightTop, rightBottom] = verticalExtent(right);
  const zoneTop = Math.max(leftTop, rightTop);
  const zoneBottom = Math.min(leftBottom, rightBottom);
  const lineHeight = median(frags.map((f) => f.fontSize)) * 1.2;
  if (zoneBottom - zoneTop < 2 * lineHeight) return null;

  // Lines crossing the gutter above or below the side-by-side zone are a
  // header or footer; inside the zone they mean the "gutter" is just a gap
  // between words of single-column rows.
  const interrupting = spanning.filter((f) => f.y - f.fontSize < zoneBottom && f.y > zoneTop).length;
  if (interrupting > Math.max(1, 0.1 * (left.length + right.length))) return null;

  const [narrow, wide] = left.reduce((n, f) => n + f.chars, 0) <= right.reduce((n, f) => n + f.chars, 0) ? [left, right] : [right, left];
  // Sparse short entries beside a column (dates, locations, page numbers) belong to their rows.
  if (density(narrow) < 0.5) return null;
  // Rows of a table (title | dates, label | value) share baselines across the gutter.
  if (baselineAlignment(narrow, wide) >= 0.8 && baselineAlignment(wide, narrow) >= 0.6) {
    const dateShare = narrow.filter((f) => DATE_LIKE.test(fragmentText(f))).length / narrow.length;
    if (dateShare >= 0.5 || (averageChars(narrow) <= 14 && averageChars(wide) <= 30)) return null;
  }
  return { split: { gutter, left, right, spanning }, interrupting };
}

function findSplit(frags: Fragment[]): Split | null {
  if (frags.length < 6) return null;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  for (const f of frags) {
    minX = Math.min(minX, f.x0);
    maxX = Math.max(maxX, f.x1);
  }
  const width = Math.ceil(maxX - minX);
  if (width < 20) return null;
  // Number of fragments crossing each 1pt column of the page.
  const diff = new Int32Array(width + 2);
  for (const f of frags) {
    const from = Math.max(0, Math.ceil(f.x0 - minX + 0.5));
    const to = Math.min(width, Math.floor(f.x1 - minX - 0.5));
    if (to < from) continue;
    diff[from] = (diff[from] ?? 0) + 1;
    diff[to + 1] = (diff[to + 1] ?? 0) - 1;
  }
  const cross = new Int32Array(width + 1);
  let running = 0;
  for (let x = 0; x <= width; x++) {
    running += diff[x] ?? 0;
    cross[x] = running;
  }

  // Generous here: evaluateSplit decides which crossing lines are a header or footer and which interrupt the columns.
  const maxSpanning = Math.max(2, Math.floor(frags.length * 0.5));
  const minGutter = Math.max(6, 0.6 * median(frags.map((f) => f.fontSize)));
  let best: Split | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let x = 1;
  while (x < width) {
    if ((cross[x] ?? 0) > maxSpanning) {
      x++;
      continue;
    }
    const start = x;
    while (x < width && (cross[x] ?? 0) <= maxSpanning) x++;
    const end = x; // exclusive
    if (end - start < minGutter) continue;
    // Place the gutter in the middle of the least-crossed stretch of this run.
    let low = Number.POSITIVE_INFINITY;
    for (let i = start; i < end; i++) low = Math.min(low, cross[i] ?? 0);
    let lowStart = start;
    while ((cross[lowStart] ?? 0) !== low) lowStart++;
    let lowEnd = lowStart;
    while (lowEnd < end && (cross[lowEnd] ?? 0) === low) lowEnd++;
    const evaluated = evaluateSplit(frags, minX + (lowStart + lowEnd) / 2);
    if (!evaluated) continue;
    const { split, interrupting } = evaluated;
    const score = Math.min(split.left.length, split.right.length) - 2 * interrupting - 0.1 * split.spanning.length;
    if (score > bestScore) {
      best = split;
      bestScore = score;
    }
  }
  return best;
}

function maxFont(frags: Fragment[]): number {
  return frags.reduce((m, f) => Math.max(m, f.fontSize), 0);
}

function chooseFirstSide(left: Fragment[], right: Fragment[]): Side {
  // The side holding clearly the most prominent text (the name) leads; otherwise natural left-to-right.
  const leftMax = maxFont(left);
  const rightMax = maxFont(right);
  if (rightMax > leftMax * 1.3) return "right";
  return "left";
}

const MAX_LEAD_IN = 2;

/**
 * A short heading just above a full-width section (e.g. "PROJECTS" under the
 * columns) does not cross the gutter, so it lands in one column. When it sits
 * below everything in the other column and right on top of the section, it
 * belongs to the section: move it out of the band (mutates the band lists).
 */
function detachLeadIn(bandLeft: Fragment[], bandRight: Fragment[], span: Fragment): Fragment[] {
  const leftBottom = bandLeft.reduce((m, f) => Math.max(m, f.y), Number.NEGATIVE_INFINITY);
  const rightBottom = bandRight.reduce((m, f) => Math.max(m, f.y), Number.NEGATIVE_INFINITY);
  const [longer, otherBottom] = leftBottom >= rightBottom ? [bandLeft, rightBottom] : [bandRight, leftBottom];
  const moved: Fragment[] = [];
  let cursor = span.y - span.fontSize;
  for (let i = longer.length - 1; i >= 0 && moved.length < MAX_LEAD_IN; i--) {
    const f = longer[i];
    if (!f || f.y - f.fontSize <= otherBottom || cursor - f.y > 2.5 * f.fontSize) break;
    moved.unshift(f);
    cursor = f.y - f.fontSize;
  }
  const first = moved[0];
  if (!first) return [];
  // Only a genuine lead-in: if that column runs on tightly into it below the other column's end, it is the column's own tail.
  const before = longer[longer.length - moved.length - 1];
  if (before && before.y > otherBottom && first.y - before.y < 1.5 * first.fontSize) return [];
  longer.length -= moved.length;
  return moved;
}

/** Orders fragments into blocks of lines; each inner array is one column segment read top to bottom. */
function orderRegion(frags: Fragment[], ctx: LayoutContext, depth: number): Fragment[][] {
  const split = depth < MAX_SPLIT_DEPTH && frags.length <= MAX_FRAGMENTS_FOR_COLUMNS ? findSplit(frags) : null;
  if (!split) return [frags];

  const blocks: Fragment[][] = [];
  // Spanning fragments (a full-width header, a footer) cut the page into bands; each band is read column by column.
  const events = [
    ...split.left.map((f) => ({ f, kind: "left" as const })),
    ...split.right.map((f) => ({ f, kind: "right" as const })),
    ...split.spanning.map((f) => ({ f, kind: "span" as const })),
  ].sort((a, b) => a.f.y - b.f.y || a.f.x0 - b.f.x0);

  let bandLeft: Fragment[] = [];
  let bandRight: Fragment[] = [];
  let spanRun: Fragment[] = [];
  const flushBand = () => {
    if (bandLeft.length === 0 && bandRight.length === 0) return;
    let first: Side = "left";
    // Only a band with both columns present says which column leads; nested splits read left to right.
    if (depth === 0 && bandLeft.length > 0 && bandRight.length > 0) {
      ctx.firstSide ??= chooseFirstSide(bandLeft, bandRight);
      first = ctx.firstSide;
    }
    const ordered = first === "left" ? [bandLeft, bandRight] : [bandRight, bandLeft];
    for (const side of ordered) {
      if (side.length > 0) blocks.push(...orderRegion(side, ctx, depth + 1));
    }
    bandLeft = [];
    bandRight = [];
  };
  const flushSpan = () => {
    if (spanRun.length > 0) blocks.push(spanRun);
    spanRun = [];
  };
  for (const event of events) {
    if (event.kind === "span") {
      if (spanRun.length === 0) spanRun.push(...detachLeadIn(bandLeft, bandRight, event.f));
      flushBand();
      spanRun.push(event.f);
    } else {
      flushSpan();
      (event.kind === "left" ? bandLeft : bandRight).push(event.f);
    }
  }
  flushSpan();
  flushBand();
  return blocks;
}

function joinLine(items: PositionedText[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let text = "";
  let prevEnd: number | undefined;
  for (const item of sorted) {
    if (prevEnd !== undefined) {
      const gap = item.x - prevEnd;
      const needsSpace = !/\s$/.test(text) && !/^\s/.test(item.str);
      // A gap of several ems is a tab stop (title … dates); two spaces keep that visible.
      if (needsSpace && gap > 2 * item.fontSize) text += "  ";
      else if (needsSpace && gap > 0.12 * item.fontSize) text += " ";
    }
    text += item.str;
    prevEnd = Math.max(prevEnd ?? Number.NEGATIVE_INFINITY, item.x + item.width);
  }
  return text;
}

/** Renders one column segment: lines by baseline, blank lines where the vertical gap is clearly larger than the line pitch. */
function renderBlock(frags: Fragment[]): string[] {
  const rows = clusterByBaseline(frags.flatMap((f) => f.items));
  const lines = rows.map((items) => ({
    text: joinLine(items),
    y: median(items.map((i) => i.y)),
    size: Math.max(...items.map((i) => i.fontSize)),
  }));
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const pitch = (lines[i]?.y ?? 0) - (lines[i - 1]?.y ?? 0);
    if (pitch > 0) pitches.push(pitch);
  }
  const typicalPitch = median(pitches);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text.trim() === "") continue;
    const prev = lines[i - 1];
    if (prev && out.length > 0) {
      const pitch = line.y - prev.y;
      if (pitch > Math.max(1.5 * typicalPitch, 1.6 * line.size)) out.push("");
    }
    out.push(line.text);
  }
  return out;
}

/** Reading-order text of one page. */
export function layoutPageText(rawItems: PositionedText[], ctx: LayoutContext = {}): string {
  const items = dedupeOverprinted(rawItems.filter((i) => i.str.trim() !== "" && Number.isFinite(i.x) && Number.isFinite(i.y)));
  if (items.length === 0) return "";
  const fragments = buildFragments(items);
  const blocks = orderRegion(fragments, ctx, 0);
  const parts = blocks.map(renderBlock).filter((lines) => lines.length > 0);
  return parts.map((lines) => lines.join("\n")).join("\n\n");
}
