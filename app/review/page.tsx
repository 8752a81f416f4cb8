import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";
import { requireUser } from "@/lib/server/auth/guard";
import { buildQueueForUser } from "@/lib/server/review/build-queue";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const [queue, settings] = await Promise.all([buildQueueForUser({ userId: user.id, now: new Date() }), getSchedulingSettings({ userId: user.id })]);
  return (
    <div>
      <h1 className="sr-only">Review</h1>
      <ReviewSession userId={user.id} initial={queue} showPinyin={settings.showPinyin} toneColors={settings.toneColors} />
    </div>
  );
}
