import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  return (
    <div>
      <PageHeader title="Review" subtitle={`Signed in as ${user.name}`} />
    </div>
  );
}
