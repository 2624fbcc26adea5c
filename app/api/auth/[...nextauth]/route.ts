import { handlers } from "@/lib/auth";
import { limitCredentialSignIns } from "@/lib/server/rate-limit/sign-in-limit";

export const { GET } = handlers;
export const POST = limitCredentialSignIns(handlers.POST);
