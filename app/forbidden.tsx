import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-4 px-6 text-center">
      <p className="text-sm font-semibold text-red-700">403 · Not allowed</p>
      <h1 className="text-2xl font-semibold">This page is not available for your role</h1>
      <p className="text-slate-600">Your account is signed in, but its role does not give access here. Ask an admin if you need it.</p>
      <Link href="/" className={buttonClasses("secondary")}>
        Go to your start page
      </Link>
    </main>
  );
}
