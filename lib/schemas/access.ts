import type { Role } from "./auth";

/** Which roles may use each area. Pages, actions, route handlers and the authorization tests read this. */
export const AREA_ROLES = {
  recruiting: ["recruiter", "admin"],
  reviewing: ["hiring_manager", "recruiter", "admin"],
  administration: ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

/** The one page open while an admin-reset password is unchanged. */
export const PASSWORD_CHANGE_PATH = "/account/password";
