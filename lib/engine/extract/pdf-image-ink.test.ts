import { describe, expect, it } from "vitest";
import { asPixels, type ImageInk, type ImageObjects, pixelAt, resolveImagePixels, unitPoint } from "./pdf-image-ink";

// A 2×2 image placed at (100, 200), 40 wide and 20 high, the way PDF producers do.
function image(kind: number, data: number[], alpha = 1): ImageInk {
  return { id: "img", pixels: asPixels({ width: 2, height: 2, kind, data }), matrix: [40, 0, 0, 20, 100, 200], alpha };
}

describe("image pixels under a page point", () => {
  it("maps the top row of the data to the top of the placed image", () => {
    // Top row red and green, bottom row blue and white.
    const img = image(2, [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]);
    const at = (x: number, y: number) => pixelAt(img, unitPoint(img, x, y) ?? [-1, -1]);
    expect(at(105, 215)).toEqual([255, 0, 0, 1]);
    expect(at(135, 215)).toEqual([0, 255, 0, 1]);
    expect(at(105, 205)).toEqual([0, 0, 255, 1]);
    expect(at(135, 205)).toEqual([255, 255, 255, 1]);
    expect(unitPoint(img, 95, 205)).toBeNull();
  });

  it("reads 1-bit grey images bit by bit and scales coverage by the painting opacity", () => {
    // Bits, most significant first: row 0 = 1 0, row 1 = 0 1.
    const grey = image(1, [0b1000_0000, 0b0100_0000]);
    expect(pixelAt(grey, [0.2, 0.8])).toEqual([255, 255, 255, 1]);
    expect(pixelAt(grey, [0.8, 0.8])).toEqual([0, 0, 0, 1]);
    expect(pixelAt(grey, [0.8, 0.2])).toEqual([255, 255, 255, 1]);
    const rgba = image(3, [0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255, 0, 0, 0, 255], 0.5);
    expect(pixelAt(rgba, [0.2, 0.8])?.[3]).toBe(0.5);
    expect(pixelAt(rgba, [0.8, 0.8])?.[3]).toBe(0);
  });

  it("refuses data too short for the stated size, so a broken image is never sampled", () => {
    expect(asPixels({ width: 4, height: 4, kind: 2, data: new Uint8Array(10) })).toBeNull();
    expect(asPixels({ width: 4, height: 4, kind: 9, data: new Uint8Array(64) })).toBeNull();
  });
});

describe("resolving the pixels of the images text lies on", () => {
  const area = (id: string, x0: number) => ({ x0, y0: 0, x1: x0 + 10, y1: 10, image: { ...image(2, []), id, pixels: null } });

  it("asks pdf.js only for images some text overlaps", async () => {
    const asked: string[] = [];
    const data = { width: 1, height: 1, kind: 2, data: new Uint8Array([9, 9, 9]) };
    const store: ImageObjects = {
      objs: {
        has: () => true,
        get: (id, done) => {
          asked.push(id);
          done(data);
        },
      },
      commonObjs: { has: () => false, get: () => null },
    };
    const areas = [area("under-text", 0), area("elsewhere", 100)];
    await resolveImagePixels(store, areas, [{ x0: 2, y0: 2, x1: 6, y1: 6 }], 100);
    expect(asked).toEqual(["under-text"]);
    expect(areas[0]?.image.pixels).toEqual(data);
    expect(areas[1]?.image.pixels).toBeNull();
  });

  it("gives up on an image pdf.js never delivers, leaving its pixels unknown", async () => {
    const never: ImageObjects = { objs: { has: () => false, get: () => null }, commonObjs: { has: () => false, get: () => null } };
    const areas = [area("img", 0)];
    await resolveImagePixels(never, areas, [{ x0: 2, y0: 2, x1: 6, y1: 6 }], 5);
    expect(areas[0]?.image.pixels).toBeNull();
  });
});
