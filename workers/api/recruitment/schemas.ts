import { z } from '@hono/zod-openapi';
import { RECRUIT_STATUSES } from '../../domain/recruitment';
import { page } from '../shared/schemas';

export const recruitCodeParams = z.object({
  code: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' } })
    .describe('The recruit= of a sign-up link; case-insensitive'),
});

export const recruitCodeInfo = z
  .object({
    referrerFirstName: z
      .string()
      .nullable()
      .describe('The recruiting affiliate’s first name; null when none was given'),
  })
  .openapi('RecruitCodeInfo');

export const myRecruitLink = z
  .object({
    code: z.string().describe('Your recruit code, 10 characters'),
    link: z.url().describe('The sign-up link that carries it'),
  })
  .openapi('MyRecruitLink');

export const myRecruit = z
  .object({
    id: z.uuid(),
    displayName: z
      .string()
      .nullable()
      .describe('First name and last initial, as the recruit gave them; null when none (or a deleted account)'),
    joinedAt: z.iso.datetime(),
    status: z.enum(RECRUIT_STATUSES).describe('unverified, pending_approval, approved, banned or deleted'),
  })
  .openapi('MyRecruit');

export const myRecruitPage = page(myRecruit, 'MyRecruitPage');

export const levelEarnings = z
  .object({
    level: z.number().int().min(1).max(3).describe('1: your recruit’s sale; 2 and 3: further down'),
    currency: z.string().length(3),
    pendingMinor: z.number().int().describe('Held (pending or disputed), minor units'),
    approvedMinor: z.number().int().describe('Payable or in a payout, minor units'),
    paidMinor: z.number().int().describe('Paid, minor units'),
    reversedMinor: z.number().int().describe('Reversed or rejected, minor units'),
  })
  .openapi('LevelEarnings');

export const levelEarningsList = z.object({ items: z.array(levelEarnings) }).openapi('LevelEarningsList');
