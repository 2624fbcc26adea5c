/** The audit action of an upload batch (see audit-upload-batch.ts), shared with the audit log page. */
export const UPLOAD_AUDIT_ACTION = "resumes.uploaded";
