"use client";

import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { customSkillName } from "@/lib/engine/score/custom-skill-id";
import type { SkillSuggestion } from "@/lib/schemas/requirements-edit";

export type SearchSkills = (query: string) => Promise<SkillSuggestion[]>;

type SkillNames = {
  nameOf: (id: string) => string;
  /** A custom requirement the job reader read from the posting (not typed by the recruiter). */
  readFromPosting: (id: string) => boolean;
  remember: (id: string, name: string) => void;
  search: SearchSkills;
};

const Context = createContext<SkillNames | null>(null);

/** Names of the skills on screen (from the page, then from each pick) and the skill search. */
export function SkillNamesProvider({
  initial,
  search,
  read = [],
  children,
}: {
  initial: Record<string, string>;
  search: SearchSkills;
  /** Names of the custom requirements read from the posting (`customSkillsRead`). */
  read?: readonly string[];
  children: ReactNode;
}) {
  const [names, setNames] = useState(initial);
  const remember = useCallback((id: string, name: string) => setNames((prev) => (prev[id] === name ? prev : { ...prev, [id]: name })), []);
  const value = useMemo(
    () => ({
      nameOf: (id: string) => names[id] ?? customSkillName(id) ?? id,
      readFromPosting: (id: string) => read.includes(customSkillName(id) ?? ""),
      remember,
      search,
    }),
    [names, read, remember, search],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSkillNames(): SkillNames {
  const value = useContext(Context);
  if (!value) throw new Error("useSkillNames outside SkillNamesProvider");
  return value;
}
