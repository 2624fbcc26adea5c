import { Inngest } from "inngest";
import { registerBackgroundProvider } from "@/lib/server/background/provider";

// The SDK reads INNGEST_DEV, INNGEST_BASE_URL, INNGEST_EVENT_KEY and
// INNGEST_SIGNING_KEY itself; lib/env.ts validates the same variables (and
// derives runnerMode from them) at server start. The client is built at import
// time because function definitions need it, and `next build` imports this
// module without runtime configuration, so it must not call getEnv() here.
export const inngest = new Inngest({ id: "resume-checker" });

// Whatever loads the client (the server start in Inngest mode, the serve
// endpoint, scripts) makes it the provider that lib/server sends events through.
registerBackgroundProvider({ name: "inngest", send: (events) => inngest.send(events) });
