import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { MemberClassList } from "@/components/classes/member-class-list";
import { TaughtClassList } from "@/components/classes/taught-class-list";
import { requireUser } from "@/lib/server/auth/guard";
import { listMemberClasses } from "@/lib/server/classes/list-member-classes";
import { listTaughtClasses } from "@/lib/server/classes/list-taught-classes";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const isTeacher = user.role === "TEACHER" || user.role === "ADMIN";
  const [memberOf, taught] = await Promise.all([
    listMemberClasses({ userId: user.id }),
    isTeacher ? listTaughtClasses({ userId: user.id }) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-10">
      <PageHeader title="Classes" subtitle={isTeacher ? "Run your classes, and join others as a learner." : "Your classes and the lessons they assign."} />
      {isTeacher ? (
        <section aria-labelledby="taught-heading" className="space-y-4">
          <h2 id="taught-heading" className="text-xl font-semibold">
            Classes you teach
          </h2>
          <TaughtClassList classes={taught} />
          <CreateClassForm />
        </section>
      ) : null}
      <section aria-labelledby="member-heading" className="space-y-4">
        <h2 id="member-heading" className="text-xl font-semibold">
          {isTeacher ? "Classes you are in" : "My classes"}
        </h2>
        <MemberClassList
          classes={memberOf}
          emptyText={isTeacher ? "You have not joined another teacher's class." : "You have not joined a class yet. Ask your teacher for the join code."}
        />
        <JoinClassForm />
      </section>
    </div>
  );
}
