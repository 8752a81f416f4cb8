import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  return (
    <div>
      <PageHeader title="Classes" subtitle={`Signed in as ${user.name}`} />
    </div>
  );
}
