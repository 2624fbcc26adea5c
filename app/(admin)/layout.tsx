import type { ReactNode } from "react";
import { AreaLayout } from "@/app/area-layout";

export const dynamic = "force-dynamic";

export default function Layout({ children }: { children: ReactNode }) {
  return <AreaLayout area="administration">{children}</AreaLayout>;
}
