import { AppError } from "@/lib/errors";

/** Opaque page cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(value: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

/** Decodes a cursor and checks its shape; anything else is a 400, never a 500. */
export function decodeCursor<T>(cursor: string, check: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", "The cursor is not valid. Start again without `cursor`.");
  }
  if (!check(value)) throw new AppError("BAD_REQUEST", "The cursor is not valid. Start again without `cursor`.");
  return value;
}

export function isTimeIdCursor(value: unknown): value is { t: string; i: string } {
  if (typeof value !== "object" || value === null) return false;
  const { t, i } = value as Record<string, unknown>;
  return typeof t === "string" && typeof i === "string" && i.length <= 64 && !Number.isNaN(Date.parse(t));
}
