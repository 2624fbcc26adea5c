// Pure parts of the SkillSpan bench (scripts/bench-skillspan.ts): postings rebuilt from the
// released token/BIO files, and the lenient name matching the SkillSpan numbers use.
import { type NameIndex, normalizeName } from "./jobs-gold-scoring";

/** One line of SkillSpan's data/json/<split>.json. */
export interface SkillSpanSentence {
  idx: number;
  tokens: string[];
  tags_skill: string[];
  tags_knowledge: string[];
  source: string;
}

export interface SkillSpanPosting {
  source: string;
  idx: number;
  text: string;
  skillSpans: string[];
  knowledgeSpans: string[];
}

/**
 * Spans of a BIO tag sequence, as the tokens joined by spaces. The json files tag "B"/"I"/"O", the
 * conll files "B-Knowledge"/"I-Knowledge"/"O"; an "I" with no open span starts one.
 */
export function bioSpans(tokens: readonly string[], tags: readonly string[]): string[] {
  const spans: string[] = [];
  let current: string[] | null = null;
  tags.forEach((tag, i) => {
    const token = tokens[i] ?? "";
    const begins = tag === "B" || tag.startsWith("B-");
    const inside = tag === "I" || tag.startsWith("I-");
    if (begins || (inside && current === null)) {
      if (current) spans.push(current.join(" "));
      current = [token];
    } else if (inside && current) current.push(token);
    else {
      if (current) spans.push(current.join(" "));
      current = null;
    }
  });
  if (current) spans.push((current as string[]).join(" "));
  return spans;
}

/** Groups sentences into postings: consecutive sentences sharing source and idx (idx restarts per split). */
export function groupPostings(sentences: readonly SkillSpanSentence[]): SkillSpanPosting[] {
  const out: SkillSpanPosting[] = [];
  for (const s of sentences) {
    let p = out[out.length - 1];
    if (!p || p.source !== s.source || p.idx !== s.idx) {
      p = { source: s.source, idx: s.idx, text: "", skillSpans: [], knowledgeSpans: [] };
      out.push(p);
    }
    p.text += `${p.text ? "\n" : ""}${s.tokens.join(" ")}`;
    p.skillSpans.push(...bioSpans(s.tokens, s.tags_skill));
    p.knowledgeSpans.push(...bioSpans(s.tokens, s.tags_knowledge));
  }
  return out;
}

const contains = (hay: string, needle: string) => needle !== "" && ` ${hay} `.includes(` ${needle} `);

/**
 * Lenient coverage: an annotated span is covered by an extracted skill when one of the skill's
 * names (canonical name or alias) appears in the span as whole words, or the span appears in one
 * of the names ("Python" covers "Python 3 experience"; "SQL" is covered by "SQL Server").
 * Case, accents and punctuation are ignored.
 */
export function covers(skillNames: readonly string[], span: string): boolean {
  const s = normalizeName(span);
  return skillNames.some((n) => {
    const name = normalizeName(n);
    return contains(s, name) || contains(name, s);
  });
}

/** Whether one of the names is written in the text as whole words (case and punctuation ignored). */
export function namedIn(names: readonly string[], text: string): boolean {
  const hay = normalizeName(text);
  return names.some((n) => contains(hay, normalizeName(n)));
}

/** A skill's names: the canonical name and aliases of its taxonomy id, else the name as output. */
export function skillNames(id: string, name: string, index: NameIndex): string[] {
  const known = index.namesOf(id);
  return known.length > 0 ? [...known] : [name];
}

/**
 * The crude baseline the issue compares with: maximal runs of tokens that carry a capital letter
 * (sentence-initial words included, anonymisation placeholders such as <ORGANIZATION> excluded),
 * taken as skill names with no taxonomy.
 */
export function capitalisedPhrases(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split("\n")) {
    let run: string[] = [];
    for (const token of [...line.split(" "), ""]) {
      if (/\p{Lu}/u.test(token) && !/^<.*>$/.test(token)) run.push(token);
      else {
        if (run.length > 0) out.add(run.join(" "));
        run = [];
      }
    }
  }
  return [...out];
}
