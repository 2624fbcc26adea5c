import { AppError } from "@/lib/errors";

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what PostgreSQL cannot store
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path ("title", "skills.2.name") of the first string or key with a NUL or a lone surrogate, or null. */
export function findInvalidText(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return INVALID_TEXT.test(value) ? path.join(".") || "(body)" : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInvalidText(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (INVALID_TEXT.test(key)) return [...path, key].join(".");
      const found = findInvalidText(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * 400 before anything is parsed or stored: PostgreSQL refuses NUL (a 500 otherwise) and
 * silently replaces a lone surrogate, so neither may reach the database.
 */
export function assertValidText(value: unknown, what: string): void {
  const field = findInvalidText(value);
  if (field !== null)
    throw new AppError(
      "BAD_REQUEST",
      `The ${what} field "${field}" contains a NUL character or invalid Unicode (a lone surrogate). Remove it and send again.`,
    );
}
