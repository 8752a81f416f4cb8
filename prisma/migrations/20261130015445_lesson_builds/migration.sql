-- CreateTable
CREATE TABLE "LessonBuild" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "stage" VARCHAR(16),
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "title" VARCHAR(200),
    "visibility" "LessonVisibility" NOT NULL DEFAULT 'PRIVATE',
    "sourceText" TEXT NOT NULL,
    "english" TEXT,
    "characterCount" INTEGER NOT NULL,
    "lessonId" UUID,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "LessonBuild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkerHeartbeat" (
    "id" VARCHAR(100) NOT NULL,
    "workerIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "beatAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkerHeartbeat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LessonBuild_userId_createdAt_idx" ON "LessonBuild"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "LessonBuild" ADD CONSTRAINT "LessonBuild_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
