-- CreateEnum
CREATE TYPE "EvaluationSource" AS ENUM ('upload', 'rediscovery');

-- AlterTable
ALTER TABLE "evaluations" ADD COLUMN     "source" "EvaluationSource" NOT NULL DEFAULT 'upload';
