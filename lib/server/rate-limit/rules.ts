import "server-only";
import { getEnv } from "@/lib/env";
import type { RateLimitRule } from "./rate-limit";

/** The configured limits (lib/env.ts), per minute. */
export function rateLimitRules(): { apiKey: RateLimitRule; signIn: RateLimitRule; anonymous: RateLimitRule } {
  const env = getEnv();
  return {
    apiKey: { name: "api-key", points: env.RATE_LIMIT_API_KEY_PER_MINUTE, windowSeconds: 60 },
    signIn: { name: "sign-in", points: env.RATE_LIMIT_SIGN_IN_PER_MINUTE, windowSeconds: 60 },
    anonymous: { name: "anonymous", points: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, windowSeconds: 60 },
  };
}
