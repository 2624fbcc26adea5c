-- AlterTable
ALTER TABLE "resumes" ADD COLUMN     "ocr" JSONB;
