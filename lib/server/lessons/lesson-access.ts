import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may read a lesson, as a Prisma `where`: its owner; a member or co-teacher of a class it is
 * assigned to; or, when its visibility is CLASSES, a member of any class its owner teaches or co-teaches.
 */
export function readableLessonWhere(userId: string): Prisma.LessonWhereInput {
  return {
    OR: [
      { ownerId: userId },
      { assignments: { some: { class: { memberships: { some: { userId } } } } } },
      { assignments: { some: { class: { coTeachers: { some: { userId } } } } } },
      { visibility: "CLASSES", owner: { classesTaught: { some: { memberships: { some: { userId } } } } } },
      { visibility: "CLASSES", owner: { coTeaching: { some: { class: { memberships: { some: { userId } } } } } } },
    ],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id cannot name any lesson; checking first keeps PostgreSQL from rejecting the cast. */
export function isLessonId(id: string): boolean {
  return UUID.test(id);
}
