-- CreateEnum
CREATE TYPE "IgnoreReason" AS ENUM ('KNOWN', 'SKIP');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "hskLevel" INTEGER;

-- CreateTable
CREATE TABLE "IgnoredWord" (
    "userId" UUID NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "reason" "IgnoreReason" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IgnoredWord_pkey" PRIMARY KEY ("userId","text")
);

-- AddForeignKey
ALTER TABLE "IgnoredWord" ADD CONSTRAINT "IgnoredWord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
