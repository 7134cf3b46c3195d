import { z } from '@hono/zod-openapi';
import { CommissionType, GroupColor, RecurringMode } from '../../../schema/enums';
import type { ProgramGroupRow } from '../../services/programs';
import { bps, days, idParam, longText, minorAmount, name, timestamp, iso } from '../shared/schemas';
import { groupDiscount } from '../../domain/discount-terms';
import { rewardRule, rewardRules } from './rule-schemas';
import { spendLimit, spendLimits } from './spend-limit-schemas';

export const groupsParams = z.object({ orgId: idParam('orgId'), programId: idParam('programId') });
export const groupParams = groupsParams.extend({ groupId: idParam('groupId') });

const inherit = "null: the program's";
/** A group's name, look and terms; every term NULL means "the program's". */
const settings = {
  name,
  color: z.enum(GroupColor).describe('The badge colour affiliates and staff see'),
  description: longText.nullable().describe('What the group is for, shown to its members'),
  commissionType: z.enum(CommissionType).nullable().describe(`percent, fixed or hybrid; ${inherit}`),
  commissionRateBps: bps.nullable().describe(`Percentage commission; ${inherit}`),
  commissionFixedMinor: minorAmount
    .nullable()
    .describe(`Fixed commission in minor units of the program's currency; ${inherit}`),
  recurringMode: z
    .enum(RecurringMode)
    .nullable()
    .describe(`Rebills earn: none, for recurringMonths months, or lifetime; ${inherit} (with its months)`),
  recurringMonths: z.number().int().min(1).max(1_200).nullable().describe('With recurringMode months'),
  recurringRateBps: bps.nullable().describe(`Rate on rebills; ${inherit}`),
  multiLevelRatesBps: z.array(bps).max(3).nullable().describe(`Upline rates for levels 1–3; ${inherit}`),
  holdDays: days.nullable().describe(`Days a commission is held before approval; ${inherit}`),
  rewardRules,
  spendLimits,
  discount: groupDiscount
    .nullable()
    .describe(`The referred customer's discount for the group's members, or {"type":"none"} for none; ${inherit}`),
};

export const createGroupBody = z
  .object({
    ...settings,
    color: settings.color.default('gray'),
    description: settings.description.default(null),
    commissionType: settings.commissionType.default(null),
    commissionRateBps: settings.commissionRateBps.default(null),
    commissionFixedMinor: settings.commissionFixedMinor.default(null),
    recurringMode: settings.recurringMode.default(null),
    recurringMonths: settings.recurringMonths.default(null),
    recurringRateBps: settings.recurringRateBps.default(null),
    multiLevelRatesBps: settings.multiLevelRatesBps.default(null),
    holdDays: settings.holdDays.default(null),
    rewardRules: settings.rewardRules.default([]),
    spendLimits: settings.spendLimits.default([]),
    discount: settings.discount.default(null),
  })
  .strict()
  .openapi('CreateProgramGroup');

export const updateGroupBody = z.object(settings).partial().strict().openapi('UpdateProgramGroup');

export const moveToGroupBody = z
  .object({ enrollmentIds: z.array(z.uuid()).min(1).max(500).describe('Enrollments of the program; all or none move') })
  .strict()
  .openapi('MoveToGroup');

export const moveToGroupResult = z
  .object({
    moved: z.array(z.uuid()).describe('Enrollments whose group changed (each audited, each affiliate told)'),
    unchanged: z.array(z.uuid()).describe('Enrollments already in the group'),
  })
  .openapi('MoveToGroupResult');

export const programGroup = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    name: z.string(),
    color: z.enum(GroupColor),
    description: z.string().nullable(),
    isDefault: z.boolean().describe('New enrollments join it unless their registration link names another group'),
    commissionType: z.enum(CommissionType).nullable(),
    commissionRateBps: z.number().int().nullable(),
    commissionFixedMinor: z.number().int().nullable(),
    recurringMode: z.enum(RecurringMode).nullable(),
    recurringMonths: z.number().int().nullable(),
    recurringRateBps: z.number().int().nullable(),
    multiLevelRatesBps: z.array(z.number().int()).nullable(),
    holdDays: z.number().int().nullable(),
    rewardRules: z.array(rewardRule.required({ id: true })),
    spendLimits: z.array(spendLimit),
    discount: groupDiscount.nullable(),
    version: z.number().int().describe('Bumped by every change; recorded on each commission computed from the group'),
    memberCount: z.number().int().describe('Enrollments in the group, whatever their status'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('ProgramGroup');

export const programGroups = z.object({ items: z.array(programGroup) }).openapi('ProgramGroups');

export const programGroupView = (g: ProgramGroupRow): z.infer<typeof programGroup> => ({
  id: g.id,
  programId: g.programId,
  name: g.name,
  color: g.color,
  description: g.description,
  isDefault: g.isDefault,
  commissionType: g.commissionType,
  commissionRateBps: g.commissionRateBps,
  commissionFixedMinor: g.commissionFixedMinor,
  recurringMode: g.recurringMode,
  recurringMonths: g.recurringMonths,
  recurringRateBps: g.recurringRateBps,
  multiLevelRatesBps: g.multiLevelRatesBps,
  holdDays: g.holdDays,
  rewardRules: g.rewardRules as z.infer<typeof programGroup>['rewardRules'],
  spendLimits: g.spendLimits as z.infer<typeof programGroup>['spendLimits'],
  discount: g.discount as z.infer<typeof programGroup>['discount'],
  version: g.version,
  memberCount: g.memberCount,
  createdAt: iso(g.createdAt),
  updatedAt: iso(g.updatedAt),
});
