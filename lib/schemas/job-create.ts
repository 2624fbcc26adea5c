// Creating a job: the API's bodies and the new-job form's schema. No taxonomy here, so the
// form's resolver can run the same rules in the browser.
import { z } from "zod";

/** Job description text limits: a JD is a few pages, never a book. */
export const MAX_JOB_TEXT_CHARS = 100_000;

export const createJobBodySchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  text: z.string().trim().min(20, "Paste the whole job description (at least a few lines).").max(MAX_JOB_TEXT_CHARS),
  location: z.string().trim().max(200).optional(),
});
export type CreateJobBody = z.infer<typeof createJobBodySchema>;

/** Multipart form fields sent with a JD file (the file itself is the `file` part). */
export const createJobFormFieldsSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  location: z.string().trim().max(200).optional(),
});

const NO_DESCRIPTION = "Paste the job description or choose its file.";

/** The new-job form: a title, and the description pasted or as a file (the file wins when both are given). */
export const newJobFormSchema = z
  .object({
    title: z.string().trim().max(200, "The title is at most 200 characters."),
    text: z.string(),
    file: z.custom<File>((value) => typeof File !== "undefined" && value instanceof File, "Choose a PDF, DOCX or TXT file.").nullable(),
  })
  .superRefine(({ text, file }, ctx) => {
    if (file) return;
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["text"], message: NO_DESCRIPTION });
      return;
    }
    const checked = createJobBodySchema.shape.text.safeParse(text);
    for (const issue of checked.error?.issues ?? []) ctx.addIssue({ code: "custom", path: ["text"], message: issue.message });
  });
export type NewJobForm = z.input<typeof newJobFormSchema>;
