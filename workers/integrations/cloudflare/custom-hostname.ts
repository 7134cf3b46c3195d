import { z } from 'zod';

/** One certificate validation record; which fields are set depends on the validation method. */
const validationRecord = z.object({
  status: z.string().optional(),
  txt_name: z.string().optional(),
  txt_value: z.string().optional(),
  http_url: z.string().optional(),
  http_body: z.string().optional(),
  cname: z.string().optional(),
  cname_target: z.string().optional(),
  emails: z.array(z.string()).optional(),
});

/** The fields of Cloudflare's custom hostname object we read; the rest is ignored. */
export const customHostname = z.object({
  id: z.string(),
  hostname: z.string(),
  /** pending, active, moved, blocked, deleted, … */
  status: z.string().optional(),
  verification_errors: z.array(z.string()).optional(),
  ownership_verification: z.object({ type: z.string(), name: z.string(), value: z.string() }).partial().optional(),
  ssl: z
    .object({
      /** initializing, pending_validation, pending_issuance, pending_deployment, active, … */
      status: z.string().optional(),
      method: z.string().optional(),
      type: z.string().optional(),
      validation_records: z.array(validationRecord).optional(),
      validation_errors: z.array(z.object({ message: z.string() })).optional(),
    })
    .partial()
    .nullable()
    .optional(),
  created_at: z.string().optional(),
});

export type CustomHostname = z.infer<typeof customHostname>;

/** Cloudflare's v4 envelope: every answer has success, errors and result. */
export const envelope = <T extends z.ZodType>(result: T) =>
  z.object({
    success: z.boolean(),
    errors: z.array(z.object({ code: z.number().optional(), message: z.string() })).default([]),
    result: result.nullable().optional(),
  });

export type SslMethod = 'http' | 'txt';
