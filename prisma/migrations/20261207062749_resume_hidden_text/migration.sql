-- AlterTable
ALTER TABLE "resumes" ADD COLUMN     "hidden_text" JSONB;
