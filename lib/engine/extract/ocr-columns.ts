// Finds the gutter of a two-column page (a sidebar beside the main column) in
// the page image, so that the columns are read one after the other: Tesseract's
// own layout analysis otherwise joins a sidebar line and a main-column line at
// the same height into one ("Łukasz EXPERIENCE", "Austin, TX … Senior Product
// Designer"), and the contact details in the sidebar are lost.

/** An 8-bit greyscale page, row-major, one byte per pixel. */
export interface PageImage {
  pixels: Uint8Array;
  width: number;
  height: number;
  /** Resolution of the image, told to Tesseract (it sizes its noise filters by it). */
  dpi: number;
}

export interface PageRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Darker than this is ink (the page has been flattened: paper is white). */
const INK_LEVEL = 128;
/** Cells of this many inches: ink is looked for per cell, not per pixel. */
const CELL_INCHES = 1 / 25;
/** A gutter is at least this wide (a space between words is far narrower). */
const GUTTER_INCHES = 0.12;
/** The gutter lies within this share of the page width (a sidebar or the middle of two equal columns). */
const GUTTER_SPAN = [0.15, 0.75] as const;
/** The gutter's empty run must lie beside this share of the page's rows of text. */
const MIN_GUTTER_TEXT = 0.4;
/** How far from the gutter's ends a blank row is looked for to begin and end the columns. */
const SNAP_INCHES = 0.25;
/** Of the rows beside the gutter that hold text, each column must have text in this share. */
const MIN_COLUMN_FILL = 0.3;

/** Which cells hold ink: rows × columns of booleans, row-major. */
function inkGrid(image: PageImage, cell: number): { ink: Uint8Array; rows: number; cols: number } {
  const rows = Math.ceil(image.height / cell);
  const cols = Math.ceil(image.width / cell);
  const count = new Uint16Array(rows * cols);
  for (let y = 0; y < image.height; y++) {
    const base = Math.floor(y / cell) * cols;
    const line = y * image.width;
    for (let x = 0; x < image.width; x++) {
      const at = base + Math.floor(x / cell);
      if ((image.pixels[line + x] ?? 255) < INK_LEVEL) count[at] = (count[at] ?? 0) + 1;
    }
  }
  // Two dark pixels or more: a speck of scanner noise is not ink.
  return { ink: Uint8Array.from(count, (n) => (n >= 2 ? 1 : 0)), rows, cols };
}

interface Gutter {
  col: number;
  width: number;
  start: number;
  end: number;
}

/** The longest run of rows in which the strip of columns [col, col + width) holds no ink. */
function longestEmptyRun(grid: { ink: Uint8Array; rows: number; cols: number }, col: number, width: number): Gutter {
  let best = { col, width, start: 0, end: 0 };
  let start = 0;
  for (let r = 0; r <= grid.rows; r++) {
    let empty = r < grid.rows;
    for (let c = col; empty && c < col + width; c++) if (grid.ink[r * grid.cols + c]) empty = false;
    if (empty) continue;
    if (r - start > best.end - best.start) best = { col, width, start, end: r };
    start = r + 1;
  }
  return best;
}

/** Share of the rows [start, end) that have ink within columns [from, to). */
function fill(grid: { ink: Uint8Array; cols: number }, start: number, end: number, from: number, to: number): number {
  let filled = 0;
  for (let r = start; r < end; r++) {
    for (let c = from; c < to; c++) {
      if (grid.ink[r * grid.cols + c]) {
        filled++;
        break;
      }
    }
  }
  return filled / Math.max(1, end - start);
}

/** How much taller the right column's first line must be than the left's for the right column to be read first. */
const HEADING_RATIO = 1.3;

/** Height in pixels of the first line of ink in `region` (0 when it holds none). */
function firstLineHeight(image: PageImage, region: PageRegion): number {
  const inkAt = (y: number) => {
    const row = (region.top + y) * image.width + region.left;
    let dark = 0;
    for (let x = 0; x < region.width; x++) if ((image.pixels[row + x] ?? 255) < INK_LEVEL && ++dark >= 2) return true;
    return false;
  };
  let y = 0;
  while (y < region.height && !inkAt(y)) y++;
  const first = y;
  while (y < region.height && inkAt(y)) y++;
  return y - first;
}

/** Whether both sides of the gutter hold text beside it (a margin of empty paper is no gutter). */
function hasTextOnBothSides(grid: { ink: Uint8Array; cols: number }, gutter: Gutter, pageTextRows: number): boolean {
  const { start, end } = gutter;
  const rows = (end - start) * fill(grid, start, end, 0, grid.cols);
  if (rows < MIN_GUTTER_TEXT * pageTextRows) return false;
  const text = rows / (end - start);
  return (
    fill(grid, start, end, 0, gutter.col) >= MIN_COLUMN_FILL * text &&
    fill(grid, start, end, gutter.col + gutter.width, grid.cols) >= MIN_COLUMN_FILL * text
  );
}

/**
 * The page's regions in reading order: one region (the whole page) when it has a single
 * column; otherwise what is above the gutter, the left column, the right column, and what
 * is below it (empty regions left out).
 */
export function columnRegions(image: PageImage): PageRegion[] {
  const whole = [{ left: 0, top: 0, width: image.width, height: image.height }];
  const cell = Math.max(2, Math.round(image.dpi * CELL_INCHES));
  const grid = inkGrid(image, cell);
  const width = Math.max(1, Math.round((GUTTER_INCHES * image.dpi) / cell));
  const pageTextRows = grid.rows * fill(grid, 0, grid.rows, 0, grid.cols);
  let best: Gutter | null = null;
  const last = Math.floor(grid.cols * GUTTER_SPAN[1]) - width;
  for (let col = Math.ceil(grid.cols * GUTTER_SPAN[0]); col <= last; col++) {
    const run = longestEmptyRun(grid, col, width);
    if (best && run.end - run.start <= best.end - best.start) continue;
    if (hasTextOnBothSides(grid, run, pageTextRows)) best = run;
  }
  if (!best) return whole;
  // The columns begin and end at a row with no ink across the page: a heading's lowest
  // letters, beside the gutter but not in it, stay with the heading.
  // (Looked for within a quarter inch: a dark sidebar panel leaves no row blank.)
  const reach = Math.round((SNAP_INCHES * image.dpi) / cell);
  const blank = (r: number) => fill(grid, r, r + 1, 0, grid.cols) === 0;
  const below = Array.from({ length: reach }, (_, k) => best.start + k).find((r) => r < best.end && blank(r));
  const above = Array.from({ length: reach }, (_, k) => best.end - 1 - k).find((r) => r >= best.start && blank(r));
  const start = below ?? best.start;
  const end = above === undefined ? best.end : above + 1;
  const split = Math.min(image.width, Math.round((best.col + best.width / 2) * cell));
  const top = Math.min(image.height, start * cell);
  const bottom = Math.min(image.height, end * cell);
  const leftColumn = { left: 0, top, width: split, height: bottom - top };
  const rightColumn = { left: split, top, width: image.width - split, height: bottom - top };
  // The column that opens with the larger print (the name above the main column, beside a
  // sidebar of contact details) is read first; otherwise left before right.
  const rightFirst = firstLineHeight(image, rightColumn) >= HEADING_RATIO * firstLineHeight(image, leftColumn);
  const regions: PageRegion[] = [
    { left: 0, top: 0, width: image.width, height: top },
    ...(rightFirst ? [rightColumn, leftColumn] : [leftColumn, rightColumn]),
    { left: 0, top: bottom, width: image.width, height: image.height - bottom },
  ];
  return regions.filter((r) => r.width > 0 && r.height > 0 && fill(grid, ...rowsAndCols(r, cell)) > 0);
}

function rowsAndCols(r: PageRegion, cell: number): [number, number, number, number] {
  return [Math.floor(r.top / cell), Math.ceil((r.top + r.height) / cell), Math.floor(r.left / cell), Math.ceil((r.left + r.width) / cell)];
}

/** The pixels of `region` as an image of their own. */
export function cropImage(image: PageImage, region: PageRegion): PageImage {
  const pixels = new Uint8Array(region.width * region.height);
  for (let y = 0; y < region.height; y++) {
    const from = (region.top + y) * image.width + region.left;
    pixels.set(image.pixels.subarray(from, from + region.width), y * region.width);
  }
  return { pixels, width: region.width, height: region.height, dpi: image.dpi };
}
