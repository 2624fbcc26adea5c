// The id of a requirement a recruiter adds that the taxonomy does not know: `custom:<name>`. Kept
// apart from the matcher (custom-requirements.ts) so job preparation and the requirements editor
// can name such ids without loading it.

export const CUSTOM_SKILL_PREFIX = "custom:";

/** The id a custom requirement is stored under in the must-have groups and nice-to-haves. */
export function customSkillId(name: string): string {
  return `${CUSTOM_SKILL_PREFIX}${name.trim().replace(/\s+/g, " ")}`;
}

export function isCustomSkillId(id: string): boolean {
  return id.startsWith(CUSTOM_SKILL_PREFIX);
}

/** The name a custom id stands for, or null for a taxonomy id. */
export function customSkillName(id: string): string | null {
  return isCustomSkillId(id) ? id.slice(CUSTOM_SKILL_PREFIX.length) : null;
}
