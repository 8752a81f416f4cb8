import type { QueueCard, ReviewQueue } from "@/lib/server/review/build-queue";
import type { CardFace } from "@/lib/srs/card-types";
import type { AnswerOutcome, PendingAnswer, Rating } from "@/lib/offline/review-pack";

export type { QueueCard, ReviewQueue, CardFace, AnswerOutcome, PendingAnswer, Rating };

export const RATINGS: { rating: Rating; key: "again" | "hard" | "good" | "easy"; label: string; className: string }[] = [
  { rating: 1, key: "again", label: "Again", className: "bg-red-600 hover:bg-red-700" },
  { rating: 2, key: "hard", label: "Hard", className: "bg-amber-600 hover:bg-amber-700" },
  { rating: 3, key: "good", label: "Good", className: "bg-green-700 hover:bg-green-800" },
  { rating: 4, key: "easy", label: "Easy", className: "bg-blue-600 hover:bg-blue-700" },
];
