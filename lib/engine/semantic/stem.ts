// Light suffix stripping shared by the semantic vocabulary and tokeniser.
/**
 * Light English stemmer: folds plurals and the commonest verb/noun endings so
 * "pipelines"/"pipeline", "deployed"/"deploying"/"deploy" meet. Not Porter:
 * over-stemming short technical words ("kubernetes", "pandas") would do more
 * harm than the few extra conflations are worth.
 */
// British and Commonwealth spellings folded to the American ones job descriptions mostly use
// ("haemodynamic", "paediatric", "licence", "organisation", "modelling"), so a UK resume meets a
// US posting. Only unambiguous stems: "-ise" verbs are left alone ("advise", "expertise", "enterprise").
const BRITISH_PREFIXES: ReadonlyArray<[string, string]> = [
  ["haem", "hem"],
  ["paed", "ped"],
  ["orthopaed", "orthoped"],
  ["anaesth", "anesth"],
  ["oesophag", "esophag"],
  ["foet", "fet"],
];
// "-ise/-isation" only on stems that Americans spell "-ize" ("organised", not "organism" or "advise").
const BRITISH_ISE =
  /^(organ|special|priorit|optim|standard|util|recogn|summar|minim|maxim|custom|author|visual|central|general|digit|modern|final)is(e|ed|es|ing|ation|ations|er|ers)$/;
const BRITISH_WORDS: ReadonlyMap<string, string> = new Map([
  ["licence", "license"],
  ["licences", "licenses"],
  ["centre", "center"],
  ["centres", "centers"],
  ["programme", "program"],
  ["programmes", "programs"],
  ["behaviour", "behavior"],
  ["behavioural", "behavioral"],
  ["colour", "color"],
  ["labour", "labor"],
  ["tumour", "tumor"],
  ["catalogue", "catalog"],
  ["modelling", "modeling"],
  ["modelled", "modeled"],
  ["labelling", "labeling"],
  ["travelling", "traveling"],
  ["cancelled", "canceled"],
  ["fulfil", "fulfill"],
  ["enrol", "enroll"],
  ["analyse", "analyze"],
  ["analysed", "analyzed"],
  ["analysing", "analyzing"],
]);

/** American spelling of a lowercase British/Commonwealth word; other words unchanged. */
export function americanSpelling(word: string): string {
  const whole = BRITISH_WORDS.get(word);
  if (whole) return whole;
  for (const [uk, us] of BRITISH_PREFIXES) if (word.startsWith(uk)) return us + word.slice(uk.length);
  const ise = BRITISH_ISE.exec(word);
  if (ise) return `${ise[1]}iz${ise[2]}`;
  return word;
}

export function stem(word: string): string {
  let w = americanSpelling(word);
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
