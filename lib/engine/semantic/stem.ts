// Light suffix stripping shared by the semantic vocabulary and tokeniser.
/**
 * Light English stemmer: folds plurals and the commonest verb/noun endings so
 * "pipelines"/"pipeline", "deployed"/"deploying"/"deploy" meet. Not Porter:
 * over-stemming short technical words ("kubernetes", "pandas") would do more
 * harm than the few extra conflations are worth.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 4) return w;
  if (w.endsWith("ies") && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith("ment")) w = w.slice(0, -4);
  else if (w.length > 6 && w.endsWith("ation")) w = w.slice(0, -5);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
