"use server";

import { z } from "zod";
import { AREA_ROLES } from "@/lib/schemas/access";
import { authorizedAction } from "@/lib/server/http/server-action";
import { searchSkills } from "@/lib/server/skills/search-skills";

/** The skills whose name or an alias fits what a recruiter typed ("K8s" → Kubernetes). */
export const searchSkillsAction = authorizedAction(
  { schema: z.object({ query: z.string().max(100) }), roles: AREA_ROLES.recruiting },
  async ({ query }) => searchSkills({ query }),
);
