import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Lessons" };

export default async function LessonsPage() {
  const user = await requireUser("/lessons");
  return (
    <div>
      <PageHeader title="Lessons" subtitle={`Signed in as ${user.name}`} />
    </div>
  );
}
