import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SchedulingForm } from "@/components/settings/scheduling-form";
import { NameForm, PasswordForm, SignOutEverywhereButton, TeacherInviteForm } from "@/components/settings/account-forms";
import { OptimizerPanel } from "@/components/settings/optimizer-panel";
import { EmailVisibilityForm } from "@/components/settings/email-visibility-form";
import { HskLevelForm } from "@/components/settings/hsk-level-form";
import { getLearnerLevel } from "@/lib/server/words/learner-level";
import { getEmailVisibility } from "@/lib/server/settings/email-visibility";
import { requireUser } from "@/lib/server/auth/guard";
import { getSchedulingSettings } from "@/lib/server/settings/get-scheduling-settings";
import { getLatestOptimizerJob } from "@/lib/server/optimizer/get-latest-optimizer-job";
import { countReviews } from "@/lib/server/optimizer/count-reviews";
import { MIN_REVIEWS_FOR_OPTIMIZE } from "@/lib/srs/optimize";

export const metadata: Metadata = { title: "Settings" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 className="mb-4 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [s, latest, reviewCount, showEmail, level] = await Promise.all([
    getSchedulingSettings({ userId: user.id }),
    getLatestOptimizerJob({ userId: user.id }),
    countReviews({ userId: user.id }),
    getEmailVisibility({ userId: user.id }),
    getLearnerLevel({ userId: user.id }),
  ]);
  const initial = {
    desiredRetention: s.desiredRetention,
    newPerDay: s.newPerDay,
    reviewsPerDay: s.reviewsPerDay,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    maximumInterval: s.maximumInterval,
    timeZone: s.timeZone,
    dayStartHour: s.dayStartHour,
    enabledCardTypes: s.enabledCardTypes.map((t) => t.toUpperCase()),
    showPinyin: s.showPinyin,
    toneColors: s.toneColors,
  };
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Settings" subtitle={`Signed in as ${user.email}`}>
        <Link href="/notes" className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100">
          My notes
        </Link>
      </PageHeader>
      <Section title="Scheduling">
        <SchedulingForm initial={initial} timeZones={Intl.supportedValuesOf("timeZone")} />
      </Section>
      <Section title="Reading">
        <HskLevelForm level={level.level} chosen={level.chosen} />
      </Section>
      <Section title="Optimize my schedule">
        <OptimizerPanel reviewCount={reviewCount} minReviews={MIN_REVIEWS_FOR_OPTIMIZE} latest={latest} customWeights={!!s.weights} />
      </Section>
      <Section title="Privacy">
        <EmailVisibilityForm initial={showEmail} />
      </Section>
      <Section title="Account">
        <div className="grid gap-8 sm:grid-cols-2">
          <NameForm name={user.name} />
          <PasswordForm />
          <SignOutEverywhereButton />
          {user.role === "LEARNER" ? <TeacherInviteForm /> : null}
        </div>
      </Section>
      <Section title="Your data">
        <ul className="space-y-2 text-sm">
          <li>
            <a href="/api/notes/export" className="text-brand-700 underline" download>
              Export notes for Anki
            </a>{" "}
            (tab-separated, File → Import in Anki)
          </li>
          <li>
            <a href="/api/reviews/export" className="text-brand-700 underline" download>
              Export review history
            </a>{" "}
            (CSV in the FSRS optimizer format)
          </li>
          <li>
            <Link href="/notes/import" className="text-brand-700 underline">
              Import a word list
            </Link>
          </li>
        </ul>
      </Section>
    </div>
  );
}
