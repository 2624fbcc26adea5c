/** What a key press may trigger: none while the user types in a field or holds a modifier. */
export function shortcutKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean } | null;
}): string | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const tag = event.target?.tagName?.toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || event.target?.isContentEditable) return null;
  return event.key.length === 1 ? event.key.toLowerCase() : event.key;
}
