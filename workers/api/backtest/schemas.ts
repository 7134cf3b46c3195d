import { z } from '@hono/zod-openapi';
import type { BacktestResult } from '../../services/backtest';
import { updateGroupBody } from '../program-groups/schemas';
import { createWorkflowBody } from '../program-workflows/schemas';
import { currencyCode, iso, idParam, timestamp } from '../shared/schemas';

const PERIODS = [30, 90, 365];

export const backtestParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });

export const backtestBody = z
  .object({
    periodDays: z
      .number()
      .int()
      .min(30)
      .max(365)
      .refine((days) => PERIODS.includes(days), { message: 'periodDays is 30, 90 or 365' })
      .describe('Replay the leads, sales and rebills of the last 30, 90 or 365 days'),
    groups: z
      .array(updateGroupBody.extend({ groupId: z.uuid().describe('A group of the program') }).strict())
      .max(50)
      .default([])
      .describe('Proposed changes, as the group PATCH takes them; groups left out keep their terms'),
    workflows: z
      .array(
        createWorkflowBody
          .extend({ workflowId: z.uuid().optional().describe('A saved workflow of the program; absent: a new one') })
          .strict(),
      )
      .max(50)
      .optional()
      .describe(
        "The editor's version of the program's whole workflow list (saved ones sent back with their workflowId, changed or not; those left out count as deleted); absent: the saved workflows",
      ),
    sourceProgramId: z
      .uuid()
      .optional()
      .describe("What if: replay this program's history under this program's terms (e.g. before launch)"),
  })
  .strict()
  .openapi('BacktestRequest');

const money = {
  currency: currencyCode,
  actualMinor: z.number().int().describe('What the stored lines kept after reversals'),
  proposedMinor: z.number().int().describe('What the proposed terms would have paid, after the same reversals'),
  deltaMinor: z.number().int().describe('proposed − actual'),
};

export const backtestResult = z
  .object({
    programId: z.uuid(),
    sourceProgramId: z.uuid().describe('Whose history was replayed (the program itself unless a what-if)'),
    periodDays: z.number().int(),
    from: timestamp,
    to: timestamp,
    conversions: z.number().int().describe('Leads, sales and rebills of the period replayed'),
    changedConversions: z.number().int().describe('Of them, those whose commission would change'),
    totals: z.array(z.object(money)).describe('Per currency'),
    affiliates: z
      .array(z.object({ affiliateId: z.uuid(), affiliateName: z.string(), ...money }))
      .describe('The ten biggest changes per affiliate (upline lines included), largest first'),
    programs: z.array(z.object({ programId: z.uuid(), programName: z.string(), ...money })),
    months: z.array(z.object({ month: z.string().describe('UTC month, YYYY-MM'), ...money })),
    groupChanges: z
      .array(
        z.object({
          affiliateId: z.uuid(),
          affiliateName: z.string(),
          enrollmentId: z.uuid(),
          workflowId: z.string().describe('The workflow that moved them (proposed-N: a new one of the request)'),
          workflowName: z.string(),
          fromGroupId: z.uuid(),
          fromGroupName: z.string(),
          toGroupId: z.uuid(),
          toGroupName: z.string(),
          at: timestamp.describe('When: the conversion that crossed the threshold, or the midnight sweep'),
        }),
      )
      .describe('Who the workflows would have moved to another group in the period, oldest first (the first 100)'),
    groupChangeCount: z.number().int().describe('How many group changes in all'),
  })
  .openapi('BacktestResult');

export const backtestView = (r: BacktestResult): z.infer<typeof backtestResult> => ({
  programId: r.programId,
  sourceProgramId: r.sourceProgramId,
  periodDays: r.periodDays,
  from: iso(r.from),
  to: iso(r.to),
  conversions: r.conversions,
  changedConversions: r.changedConversions,
  totals: r.totals,
  affiliates: r.affiliates.map((a) => ({ ...a, affiliateName: r.affiliateNames.get(a.affiliateId) ?? a.affiliateId })),
  programs: r.programs.map((p) => ({ ...p, programName: r.programNames.get(p.programId) ?? p.programId })),
  months: r.months,
  groupChanges: r.groupChanges.map((c) => ({
    affiliateId: c.affiliateId,
    affiliateName: r.affiliateNames.get(c.affiliateId) ?? c.affiliateId,
    enrollmentId: c.enrollmentId,
    workflowId: c.workflowId,
    workflowName: r.workflowNames.get(c.workflowId) ?? c.workflowId,
    fromGroupId: c.fromGroupId,
    fromGroupName: r.groupNames.get(c.fromGroupId) ?? c.fromGroupId,
    toGroupId: c.toGroupId,
    toGroupName: r.groupNames.get(c.toGroupId) ?? c.toGroupId,
    at: iso(new Date(c.at)),
  })),
  groupChangeCount: r.groupChangeCount,
});
