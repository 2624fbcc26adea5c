import { eventType } from "inngest";
import {
  EVENT_NAMES,
  evaluationRequestedSchema,
  evaluationRetryRequestedSchema,
  jobRequirementsUpdatedSchema,
  resumeUploadedSchema,
} from "@/lib/server/background/events";

// Inngest's typed events over the app's event names and schemas (lib/server/background/events.ts).

export { evaluationRequestedSchema, evaluationRetryRequestedSchema, jobRequirementsUpdatedSchema, resumeUploadedSchema };

export const resumeUploaded = eventType(EVENT_NAMES.resumeUploaded, { schema: resumeUploadedSchema });
export const evaluationRequested = eventType(EVENT_NAMES.evaluationRequested, { schema: evaluationRequestedSchema });
export const jobRequirementsUpdated = eventType(EVENT_NAMES.jobRequirementsUpdated, { schema: jobRequirementsUpdatedSchema });
export const evaluationRetryRequested = eventType(EVENT_NAMES.evaluationRetryRequested, { schema: evaluationRetryRequestedSchema });
