import type { Metadata } from "next";
import { headers } from "next/headers";
import { ReviewSession } from "@/components/review/review-session";
import { TimeZoneOffer } from "@/components/review/time-zone-offer";
import { requireUser } from "@/lib/server/auth/guard";
import { getReviewPack } from "@/lib/server/review/get-review-pack";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await requireUser("/review");
  const [pack, settings, requestHeaders] = await Promise.all([getReviewPack({ userId: user.id, now: new Date() }), getSchedulingSettings({ userId: user.id }), headers()]);
  // The CSP nonce proxy.ts gave this response: /review's one inline script (hold-card.ts) needs it.
  const nonce = /'nonce-([^']+)'/.exec(requestHeaders.get("content-security-policy") ?? "")?.[1];
  return (
    <div>
      <h1 className="sr-only">Review</h1>
      <div className="mx-auto max-w-2xl">
        <TimeZoneOffer stored={pack.day.timeZone} />
      </div>
      <ReviewSession userId={user.id} initial={pack} showPinyin={settings.showPinyin} toneColors={settings.toneColors} nonce={nonce} />
    </div>
  );
}
