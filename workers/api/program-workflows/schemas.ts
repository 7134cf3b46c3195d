import { z } from '@hono/zod-openapi';
import { GroupColor, WorkflowMetric, WorkflowOp } from '../../../schema/enums';
import type { MyWorkflowProgress, ProgramWorkflow, WorkflowSettings } from '../../services/workflows';
import { currencyCode, idParam, iso, name, timestamp } from '../shared/schemas';

export const workflowsParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });
export const workflowParams = workflowsParams.extend({ workflowId: idParam('workflowId') });

const message = z.string().trim().min(1).max(2_000);

export const workflowTrigger = z
  .object({
    metric: z
      .enum(WorkflowMetric)
      .describe("sales, conversions (leads and sales), revenue_minor or commission_minor, in the program's currency"),
    op: z.enum(WorkflowOp).describe('gte: reaches the value (the way up); lt: stays below it (the way down)'),
    value: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .describe('A count, or minor units for the money metrics'),
    windowDays: z.number().int().min(1).max(3_650).nullable().describe('Days ending now; null: lifetime'),
  })
  .strict()
  .openapi('WorkflowTrigger');

export const workflowActions = z
  .object({
    moveToGroupId: z.uuid().nullable().default(null).describe('Move the affiliate to this group of the program'),
    bonus: z
      .object({
        amountMinor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
        currency: currencyCode.describe("The program's currency"),
      })
      .strict()
      .nullable()
      .default(null)
      .describe('A one-off bonus line, held and paid like any commission'),
    message: z
      .object({
        en: message,
        ru: message.nullable().default(null).describe('null: Russian readers get the English text'),
      })
      .strict()
      .nullable()
      .default(null)
      .describe('A notification to the affiliate in their language'),
  })
  .strict()
  .openapi('WorkflowActions');

const settings = {
  name,
  enabled: z.boolean().describe('A disabled workflow never fires'),
  trigger: workflowTrigger,
  scopeGroupId: z.uuid().nullable().describe('Only members of this group; null: every member'),
  actions: workflowActions,
};

export const createWorkflowBody = z
  .object({ ...settings, enabled: settings.enabled.default(true), scopeGroupId: settings.scopeGroupId.default(null) })
  .strict()
  .openapi('CreateProgramWorkflow');

export const updateWorkflowBody = z.object(settings).partial().strict().openapi('UpdateProgramWorkflow');

type Body = Partial<z.infer<typeof createWorkflowBody>>;

/** The body's nested trigger and actions as program_workflows' columns (only what was sent). */
export function workflowColumns(body: Body): Partial<WorkflowSettings> {
  const out: Partial<WorkflowSettings> = {};
  if (body.name !== undefined) out.name = body.name;
  if (body.enabled !== undefined) out.enabled = body.enabled;
  if (body.scopeGroupId !== undefined) out.scopeGroupId = body.scopeGroupId;
  if (body.trigger) {
    out.metric = body.trigger.metric;
    out.op = body.trigger.op;
    out.threshold = body.trigger.value;
    out.windowDays = body.trigger.windowDays;
  }
  if (body.actions) {
    out.moveToGroupId = body.actions.moveToGroupId;
    out.bonusMinor = body.actions.bonus?.amountMinor ?? null;
    out.bonusCurrency = body.actions.bonus?.currency ?? null;
    out.messageEn = body.actions.message?.en ?? null;
    out.messageRu = body.actions.message?.ru ?? null;
  }
  return out;
}

export const programWorkflow = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    name: z.string(),
    enabled: z.boolean(),
    trigger: z.object({
      metric: z.enum(WorkflowMetric),
      op: z.enum(WorkflowOp),
      value: z.number().int(),
      windowDays: z.number().int().nullable(),
    }),
    scopeGroupId: z.uuid().nullable(),
    actions: z.object({
      moveToGroupId: z.uuid().nullable(),
      bonus: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
      message: z.object({ en: z.string(), ru: z.string().nullable() }).nullable(),
    }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('ProgramWorkflow');

export const programWorkflows = z.object({ items: z.array(programWorkflow) }).openapi('ProgramWorkflows');

export const programWorkflowView = (w: ProgramWorkflow): z.infer<typeof programWorkflow> => ({
  id: w.id,
  programId: w.programId,
  name: w.name,
  enabled: w.enabled,
  trigger: { metric: w.metric, op: w.op, value: w.threshold, windowDays: w.windowDays },
  scopeGroupId: w.scopeGroupId,
  actions: {
    moveToGroupId: w.moveToGroupId,
    bonus: w.bonusMinor !== null && w.bonusCurrency ? { amountMinor: w.bonusMinor, currency: w.bonusCurrency } : null,
    message: w.messageEn ? { en: w.messageEn, ru: w.messageRu } : null,
  },
  createdAt: iso(w.createdAt),
  updatedAt: iso(w.updatedAt),
});

const badge = z.object({ id: z.uuid(), name: z.string(), color: z.enum(GroupColor) });

export const myWorkflowProgress = z
  .object({
    items: z.array(
      z.object({
        enrollmentId: z.uuid(),
        programId: z.uuid(),
        programName: z.string(),
        group: badge.describe('Your partner group in the program'),
        terms: z
          .object({
            commissionType: z.string(),
            rateBps: z.number().int().nullable(),
            fixedMinor: z.number().int().nullable(),
            currency: z.string(),
            holdDays: z.number().int(),
          })
          .describe('What your next conversion earns'),
        next: z
          .object({
            metric: z.enum(WorkflowMetric),
            windowDays: z.number().int().nullable().describe('Days ending now; null: lifetime'),
            value: z.number().int().nullable().describe('Your total so far; null for revenue, shown as a percent only'),
            threshold: z.number().int().nullable().describe('The total that promotes you; null for revenue'),
            percent: z.number().int().min(0).max(100),
            targetGroup: badge,
          })
          .nullable()
          .describe('The promotion you are closest to; null when there is none'),
      }),
    ),
  })
  .openapi('MyWorkflowProgress');

export const myWorkflowProgressView = (rows: MyWorkflowProgress[]): z.infer<typeof myWorkflowProgress> => ({
  items: rows,
});
