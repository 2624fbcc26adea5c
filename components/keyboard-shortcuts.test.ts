import { describe, expect, it } from "vitest";
import { shortcutKey } from "./keyboard-shortcuts";

const press = (key: string, target: { tagName?: string; isContentEditable?: boolean } | null = { tagName: "BODY" }, mods = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target,
  ...mods,
});

describe("shortcutKey", () => {
  it("reads letters case-insensitively and named keys as they are", () => {
    expect(shortcutKey(press("J"))).toBe("j");
    expect(shortcutKey(press("ArrowDown"))).toBe("ArrowDown");
    expect(shortcutKey(press("?"))).toBe("?");
  });

  it("never fires while the user types in a field", () => {
    for (const tagName of ["INPUT", "textarea", "SELECT"]) expect(shortcutKey(press("s", { tagName }))).toBeNull();
    expect(shortcutKey(press("s", { tagName: "DIV", isContentEditable: true }))).toBeNull();
  });

  it("leaves browser shortcuts (Ctrl/Cmd/Alt) alone", () => {
    expect(shortcutKey(press("r", { tagName: "BODY" }, { ctrlKey: true }))).toBeNull();
    expect(shortcutKey(press("r", { tagName: "BODY" }, { metaKey: true }))).toBeNull();
  });
});
