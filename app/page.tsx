import { redirect } from "next/navigation";
import { getCurrentUser, HOME_BY_ROLE } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await getCurrentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/sign-in");
}
