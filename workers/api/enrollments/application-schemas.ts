import { z } from '@hono/zod-openapi';
import { localText, QUESTION_KINDS, type StoredAnswer } from '../../domain/application-form';
import { autoApprovalRule, readAutoApprovalRules } from '../../domain/auto-approval';
import type { Enrollment } from '../../services/enrollments';
import { iso, timestamp } from '../shared/schemas';

const storedAnswer = z
  .object({
    questionId: z.string(),
    kind: z.enum(QUESTION_KINDS),
    label: localText.describe('The question as it was asked'),
    value: z.union([z.string(), z.array(z.string())]),
    chosen: z
      .array(z.object({ value: z.string(), label: localText }))
      .optional()
      .describe('For choice questions: the options chosen, with their labels as offered'),
  })
  .openapi('ApplicationAnswer');

/** What the affiliate gave when applying: answers, the terms version accepted, and the rule that approved it. */
export const enrollmentApplication = z
  .object({
    answers: z.array(storedAnswer).nullable().describe('In the order asked; null: no form was asked'),
    terms: z
      .object({ version: z.number().int(), acceptedAt: timestamp, ip: z.string().nullable() })
      .nullable()
      .describe('The terms version accepted, when and from which address; null: none was asked'),
    autoApprovedBy: autoApprovalRule.nullable().describe('The auto-approval rule that approved it; null: none did'),
  })
  .openapi('EnrollmentApplication');

export const enrollmentApplicationView = (e: Enrollment): z.infer<typeof enrollmentApplication> => ({
  answers: (e.applicationAnswers as StoredAnswer[] | null) ?? null,
  terms:
    e.termsVersion !== null && e.termsAcceptedAt !== null
      ? { version: e.termsVersion, acceptedAt: iso(e.termsAcceptedAt), ip: e.termsAcceptedIp }
      : null,
  autoApprovedBy: e.autoApprovedBy ? (readAutoApprovalRules([e.autoApprovedBy])[0] ?? null) : null,
});
