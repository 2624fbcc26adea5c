import "server-only";
import { getTaxonomy } from "@/lib/engine/skills/taxonomy";
import type { TaxonomySkill } from "@/lib/engine/skills/taxonomy-schema";
import type { SkillSuggestion } from "@/lib/schemas/requirements-edit";

// Typing a skill in the requirements editor finds it by any of its names ("K8s" → Kubernetes,
// "Golang" → Go). The aliases stay on the server: with them the taxonomy is ~250 KB of JSON
// (~80 KB gzipped) and grows with it, too much to ship to every editor for a few look-ups.

type Entry = { skill: TaxonomySkill; key: string; alias: string | null };

/** Lower case, accents dropped, runs of spaces collapsed: how a typed name and a stored one are compared. */
export function normaliseSkillQuery(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

let index: Entry[] | null = null;

function entries(): Entry[] {
  if (index) return index;
  index = getTaxonomy().skills.flatMap((skill) => {
    const name = normaliseSkillQuery(skill.name);
    const aliases = new Map<string, string>();
    for (const alias of skill.aliases) {
      const key = normaliseSkillQuery(alias);
      if (key !== name && !aliases.has(key)) aliases.set(key, alias);
    }
    return [{ skill, key: name, alias: null }, ...[...aliases].map(([key, alias]) => ({ skill, key, alias }))];
  });
  return index;
}

/** How well a stored name fits what was typed: exact, then prefix, then a word's prefix, then anywhere; 0 when not at all. */
function rank(key: string, query: string): number {
  if (key === query) return 4;
  if (key.startsWith(query)) return 3;
  if (key.includes(` ${query}`)) return 2;
  return key.includes(query) ? 1 : 0;
}

/** The skills whose name or an alias fits the query best, each once, the display name first met. */
export function searchSkills(options: { query: string; limit?: number }): SkillSuggestion[] {
  const query = normaliseSkillQuery(options.query);
  if (query === "") return [];
  const best = new Map<string, { entry: Entry; score: number }>();
  for (const entry of entries()) {
    const r = rank(entry.key, query);
    if (r === 0) continue;
    // A name beats an alias of the same rank: "Go" typed finds Go before MongoDB's "Mongo".
    const score = r * 2 + (entry.alias === null ? 1 : 0);
    const prev = best.get(entry.skill.id);
    if (!prev || prev.score < score) best.set(entry.skill.id, { entry, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.entry.key.length - b.entry.key.length || a.entry.skill.name.localeCompare(b.entry.skill.name))
    .slice(0, options.limit ?? 8)
    .map(({ entry: { skill, alias } }) => ({
      id: skill.id,
      name: skill.name,
      matchedAlias: alias,
      kind: skill.soft ? "soft" : skill.credential || skill.category === "credential" ? "credential" : "skill",
    }));
}

/** Names of the given ids that the taxonomy knows (what an editor shows on its chips). */
export function skillNames(ids: Iterable<string>): Record<string, string> {
  const { byId } = getTaxonomy();
  const out: Record<string, string> = {};
  for (const id of ids) {
    const skill = byId.get(id);
    if (skill) out[id] = skill.name;
  }
  return out;
}
