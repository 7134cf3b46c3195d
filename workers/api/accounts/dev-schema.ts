import { z } from '@hono/zod-openapi';
import { uuidField } from './common-schema';

export const mailboxQuery = z.object({ to: z.email() }).strict();

export const mailboxResponse = z
  .object({
    emails: z.array(
      z.object({
        id: uuidField,
        to: z.string(),
        subject: z.string(),
        text: z.string(),
        template: z.string().nullable(),
        fromName: z.string().nullable().describe('The sender’s display name; null: EMAIL_FROM as configured'),
        status: z.string(),
        createdAt: z.iso.datetime(),
      }),
    ),
  })
  .openapi('DevMailbox');
