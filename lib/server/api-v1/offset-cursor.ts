import { decodeCursor, encodeCursor } from "./cursor";

type OffsetCursor = { o: number; n: number };

function isOffsetCursor(value: unknown): value is OffsetCursor {
  if (typeof value !== "object" || value === null) return false;
  const { o, n } = value as Record<string, unknown>;
  return (
    Number.isInteger(o) &&
    Number.isInteger(n) &&
    (o as number) >= 0 &&
    (o as number) <= 1_000_000 &&
    (n as number) >= 1 &&
    (n as number) <= 200
  );
}

/**
 * Cursors over use cases that page by offset (the shortlist's custom sorts have
 * no unique keyset). The cursor carries the offset and page size, so a client
 * just follows `nextCursor`.
 */
export function readOffsetCursor(cursor: string | undefined, limit: number): { offset: number; pageSize: number } {
  if (!cursor) return { offset: 0, pageSize: limit };
  const { o, n } = decodeCursor(cursor, isOffsetCursor);
  return { offset: o, pageSize: n };
}

export function nextOffsetCursor(page: { offset: number; pageSize: number }, returned: number, total: number): string | null {
  const next = page.offset + returned;
  return returned > 0 && next < total ? encodeCursor({ o: next, n: page.pageSize }) : null;
}
