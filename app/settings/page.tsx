import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/server/auth/guard";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  return (
    <div>
      <PageHeader title="Settings" subtitle={`Signed in as ${user.name}`} />
    </div>
  );
}
