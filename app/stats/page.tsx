import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Stats" };

export default async function StatsPage() {
  const user = await requireUser("/stats");
  return (
    <div>
      <PageHeader title="Stats" subtitle={`Signed in as ${user.name}`} />
    </div>
  );
}
