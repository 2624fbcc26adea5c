import { Inngest } from "inngest";

// The SDK reads INNGEST_DEV, INNGEST_BASE_URL, INNGEST_EVENT_KEY and
// INNGEST_SIGNING_KEY itself; lib/env.ts validates the same variables (and
// derives runnerMode from them) at server start. The client is built at import
// time because function definitions need it, and `next build` imports this
// module without runtime configuration, so it must not call getEnv() here.
export const inngest = new Inngest({ id: "resume-checker" });
