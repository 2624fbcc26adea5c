import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

// The Inngest server (INNGEST_DEV=1 dev server, docker-compose service, or
// Inngest Cloud with INNGEST_SIGNING_KEY) calls this endpoint to run functions.
// In inline mode nothing calls it; GET still describes the functions.
export const { GET, POST, PUT } = serve({ client: inngest, functions });
