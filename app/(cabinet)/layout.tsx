import { redirect } from "next/navigation";
import { getCabinet } from "@/lib/auth/cabinet";
import { CabinetShell } from "@/components/layout/cabinet-shell";

// Every customer screen: a valid session or the login page. The pages check their grants.
export default async function CabinetLayout({ children }: { children: React.ReactNode }) {
  const cabinet = await getCabinet();
  if (!cabinet) redirect("/login");
  return <CabinetShell cabinet={cabinet}>{children}</CabinetShell>;
}
