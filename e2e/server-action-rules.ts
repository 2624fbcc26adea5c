// Who may call each server action, written out here independently of the
// implementation (lib/schemas/access.ts). e2e/server-actions-authz.spec.ts
// checks every action of the production build against this table: an action
// in the build without a row here, or a row without an action, fails the suite.
//
// Key: `<file path>#<exported name>`, exactly as the build's
// server-reference-manifest.json names it. Value:
// - "public": anyone, signed in or not (the action must not need a user);
// - "signed-in": any active signed-in user, whatever the role;
// - a list of roles: only active signed-in users with one of these roles.
// The spec calls each action with input it rejects (`[null]`, which fails the
// schema of every authorizedAction). An action with other arguments (a form
// action taking state and FormData, say) also needs an entry in PROBES there.
import type { Role } from "../lib/schemas/auth";

export type ActionAccess = "public" | "signed-in" | readonly Role[];

export const SERVER_ACTION_RULES: Record<string, ActionAccess> = {
  "app/(auth)/sign-in/actions.ts#signInAction": "public",
  "app/(auth)/sign-in/actions.ts#signOutAction": "public",
  "app/(recruiter)/jobs/actions.ts#setJobStatusAction": ["recruiter", "admin"],
  "app/(recruiter)/jobs/actions.ts#saveJobRequirementsAction": ["recruiter", "admin"],
  "app/(recruiter)/jobs/actions.ts#reuploadFailedResumeAction": ["recruiter", "admin"],
  "app/(recruiter)/jobs/actions.ts#countPastCandidatesAction": ["recruiter", "admin"],
  "app/(recruiter)/jobs/actions.ts#findPastCandidatesAction": ["recruiter", "admin"],
  "app/(recruiter)/jobs/[jobId]/requirements/actions.ts#searchSkillsAction": ["recruiter", "admin"],
  "app/(manager)/shortlists/actions.ts#createDecisionAction": ["hiring_manager", "recruiter", "admin"],
  "app/(manager)/shortlists/actions.ts#createBulkDecisionsAction": ["hiring_manager", "recruiter", "admin"],
  "app/(manager)/shortlists/actions.ts#setBlindReviewAction": ["hiring_manager", "recruiter", "admin"],
  "app/(manager)/shortlists/[jobId]/[evaluationId]/actions.ts#eraseCandidateAction": ["recruiter", "admin"],
  "app/(manager)/shortlists/[jobId]/[evaluationId]/original-actions.ts#loadDocxOriginalAction": ["hiring_manager", "recruiter", "admin"],
  "app/(admin)/admin/ops/actions.ts#retryEvaluationsAction": ["admin"],
  "app/(admin)/admin/ops/actions.ts#purgeQueuedAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#createUserAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#changeUserRoleAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#setUserActiveAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#resetUserPasswordAction": ["admin"],
  "app/(account)/account/actions.ts#changeOwnPasswordAction": "signed-in",
  "app/(account)/account/api-keys/actions.ts#createOwnApiKeyAction": "signed-in",
  "app/(account)/account/api-keys/actions.ts#revokeOwnApiKeyAction": "signed-in",
  "app/(account)/account/api-keys/actions.ts#rotateOwnApiKeyAction": "signed-in",
  "app/(admin)/admin/api-keys/actions.ts#createApiKeyAction": ["admin"],
  "app/(admin)/admin/api-keys/actions.ts#revokeApiKeyAction": ["admin"],
  "app/(admin)/admin/api-keys/actions.ts#rotateApiKeyAction": ["admin"],
};
