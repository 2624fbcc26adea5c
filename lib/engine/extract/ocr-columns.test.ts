import { describe, expect, it } from "vitest";
import { columnRegions, cropImage } from "./ocr-columns";
import type { PageImage } from "./ocr-engine";

const DPI = 100;

/** A white Letter page at 100 dpi with black bars ("lines of text") at the given boxes (in pixels). */
function page(bars: [x0: number, y0: number, x1: number, y1: number][]): PageImage {
  const width = 850;
  const height = 1100;
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of bars) for (let y = y0; y < y1; y++) pixels.fill(0, y * width + x0, y * width + x1);
  return { pixels, width, height, dpi: DPI };
}

/** Lines of text every 25 px from y0 to y1 between x0 and x1. */
function textLines(x0: number, x1: number, y0: number, y1: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let y = y0; y < y1; y += 25) out.push([x0, y, x1, y + 12]);
  return out;
}

describe("columns of a page image", () => {
  it("reads a sidebar page as the heading band, then the sidebar, then the main column", () => {
    const image = page([[60, 40, 700, 80], ...textLines(60, 250, 120, 900), ...textLines(300, 790, 120, 600)]);
    const regions = columnRegions(image);
    expect(regions).toHaveLength(3);
    const [heading, sidebar, main] = regions;
    expect(heading).toMatchObject({ left: 0, top: 0, width: 850 });
    expect(sidebar?.left).toBe(0);
    expect(sidebar?.width).toBeGreaterThan(250);
    expect(sidebar?.width).toBeLessThan(300);
    expect(main?.left).toBe(sidebar?.width);
    expect(main?.top).toBe(sidebar?.top);
  });

  it("reads first the column that opens with the larger print (the name above the main column, a sidebar beside it)", () => {
    const image = page([[320, 60, 700, 100], ...textLines(60, 250, 60, 900), ...textLines(320, 790, 120, 700)]);
    const [first, second] = columnRegions(image);
    expect(first?.left).toBeGreaterThan(250);
    expect(second?.left).toBe(0);
  });

  it("finds the gutter beside a dark sidebar panel, which leaves no row of the page blank", () => {
    const image = page([[0, 0, 850, 100], [0, 100, 260, 1100], ...textLines(320, 790, 130, 800)]);
    const regions = columnRegions(image);
    expect(regions).toHaveLength(3);
    expect(regions[1]).toMatchObject({ left: 0, top: 100 });
    expect(regions[2]?.left).toBeGreaterThan(260);
  });

  it("keeps a one-column page whole, even with a short two-column list in it", () => {
    const oneColumn = page([
      ...textLines(60, 790, 60, 500),
      ...textLines(60, 300, 500, 650),
      ...textLines(450, 700, 500, 650),
      ...textLines(60, 790, 650, 1000),
    ]);
    expect(columnRegions(oneColumn)).toEqual([{ left: 0, top: 0, width: 850, height: 1100 }]);
  });

  it("crops a region's pixels", () => {
    const image = page([[10, 10, 20, 20]]);
    const crop = cropImage(image, { left: 5, top: 5, width: 10, height: 10 });
    expect(crop.width).toBe(10);
    expect(crop.pixels[0]).toBe(255);
    expect(crop.pixels[5 * 10 + 5]).toBe(0);
  });
});
