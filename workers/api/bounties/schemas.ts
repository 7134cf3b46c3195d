import { z } from '@hono/zod-openapi';
import { BountyKind, BountyMetric, BountySubmissionStatus, CommissionStatus } from '../../../schema/enums';
import type { BountyChanges, BountyRow, BountySettings, BountySubmissionRow, MyBounty } from '../../services/bounties';
import { currencyCode, httpsUrl, idParam, iso, isoOrNull, name, timestamp } from '../shared/schemas';

export const bountyParams = z.object({ orgId: idParam('orgId'), bountyId: idParam('bountyId') });
export const submissionParams = z.object({ orgId: idParam('orgId'), submissionId: idParam('submissionId') });

const description = z.string().trim().max(5_000).describe('What to do and how it is judged, shown to affiliates');
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .describe('An affiliate tag of yours (lower-cased); affiliates never see it');
const count = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const bountyGoal = z
  .object({
    metric: z
      .enum(BountyMetric)
      .describe("sales, conversions (leads and sales) or sale_amount (minor units of the program's currency)"),
    target: count.describe('A count, or minor units for sale_amount'),
  })
  .strict()
  .openapi('BountyGoal');

export const bountyScope = z
  .object({
    groupId: z.uuid().nullable().default(null).describe('Only members of this partner group of the program'),
    tag: tag.nullable().default(null).describe('Only affiliates you tagged with this tag; not with a group'),
  })
  .strict()
  .openapi('BountyScope');

const terms = {
  name,
  description,
  goal: bountyGoal.nullable().describe('Performance bounties: the target; null for a submission bounty'),
  bonus: z
    .object({ amountMinor: count, currency: currencyCode.describe("The program's currency") })
    .strict()
    .describe('What each winner earns: one bonus line, held and paid like any commission'),
  maxWinners: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .nullable()
    .describe('First come first served; null: every affiliate who makes it'),
  startsAt: timestamp,
  endsAt: timestamp.describe('Exclusive: conversions and submissions from then on do not count'),
  scope: bountyScope,
};

export const createBountyBody = z
  .object({
    programId: z.uuid(),
    kind: z.enum(BountyKind).describe('performance: reach a target; submission: send a URL we approve'),
    ...terms,
    description: description.default(''),
    goal: terms.goal.default(null),
    maxWinners: terms.maxWinners.default(null),
    scope: bountyScope.default({ groupId: null, tag: null }),
  })
  .strict()
  .openapi('CreateBounty');

export const updateBountyBody = z.object(terms).partial().strict().openapi('UpdateBounty');

type Body = Partial<z.infer<typeof createBountyBody>>;

/** The body's nested goal, bonus and scope as the bounties' columns (only what was sent). */
export function bountyColumns(body: Body): BountyChanges & Partial<Pick<BountySettings, 'programId' | 'kind'>> {
  const out: BountyChanges & Partial<Pick<BountySettings, 'programId' | 'kind'>> = {};
  if (body.programId !== undefined) out.programId = body.programId;
  if (body.kind !== undefined) out.kind = body.kind;
  if (body.name !== undefined) out.name = body.name;
  if (body.description !== undefined) out.description = body.description;
  if (body.goal !== undefined) {
    out.metric = body.goal?.metric ?? null;
    out.target = body.goal?.target ?? null;
  }
  if (body.bonus !== undefined) {
    out.bonusMinor = body.bonus.amountMinor;
    out.currency = body.bonus.currency;
  }
  if (body.maxWinners !== undefined) out.maxWinners = body.maxWinners;
  if (body.startsAt !== undefined) out.startsAt = new Date(body.startsAt);
  if (body.endsAt !== undefined) out.endsAt = new Date(body.endsAt);
  if (body.scope !== undefined) {
    out.groupId = body.scope.groupId;
    out.tag = body.scope.tag;
  }
  return out;
}

const bonusView = z.object({ amountMinor: z.number().int(), currency: z.string() });
const goalView = z.object({ metric: z.enum(BountyMetric), target: z.number().int() });

/** What the advertiser's and the affiliate's views of a bounty both say. */
const bountyFields = {
  id: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  kind: z.enum(BountyKind),
  name: z.string(),
  description: z.string(),
  goal: goalView.nullable().describe('The target to reach; for sale_amount in minor units of the bonus currency'),
  bonus: bonusView,
  maxWinners: z.number().int().nullable(),
  startsAt: timestamp,
  endsAt: timestamp,
};

export const bounty = z
  .object({
    ...bountyFields,
    scope: z.object({ groupId: z.uuid().nullable(), tag: z.string().nullable() }),
    winners: z.number().int().describe('Affiliates who won it so far'),
    pendingSubmissions: z.number().int().describe('Submissions waiting for review'),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .openapi('Bounty');

export const bountyList = z.object({ items: z.array(bounty) }).openapi('Bounties');

export const bountyListQuery = z.object({ programId: z.uuid().optional().describe('Only this program’s bounties') });

export const bountyView = ({ bounty: b, programName, winners, pending }: BountyRow): z.infer<typeof bounty> => ({
  id: b.id,
  programId: b.programId,
  programName,
  kind: b.kind,
  name: b.name,
  description: b.description,
  goal: b.metric && b.target !== null ? { metric: b.metric, target: b.target } : null,
  bonus: { amountMinor: b.bonusMinor, currency: b.currency },
  maxWinners: b.maxWinners,
  startsAt: iso(b.startsAt),
  endsAt: iso(b.endsAt),
  scope: { groupId: b.groupId, tag: b.tag },
  winners,
  pendingSubmissions: pending,
  createdAt: iso(b.createdAt),
  updatedAt: iso(b.updatedAt),
});

const submissionFields = {
  id: z.uuid(),
  url: z.string(),
  note: z.string(),
  status: z.enum(BountySubmissionStatus),
  reason: z.string().nullable().describe('Why it was rejected'),
  createdAt: timestamp,
  reviewedAt: timestamp.nullable(),
};

export const bountySubmission = z
  .object({
    ...submissionFields,
    bountyId: z.uuid(),
    bountyName: z.string(),
    programName: z.string(),
    affiliate: z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable() }),
  })
  .openapi('BountySubmission');

export const bountySubmissionList = z.object({ items: z.array(bountySubmission) }).openapi('BountySubmissions');

export const submissionListQuery = z.object({
  status: z.enum(BountySubmissionStatus).default('pending').describe('pending: the review queue, oldest first'),
  bountyId: z.uuid().optional(),
  programId: z.uuid().optional().describe('Only submissions to this program’s bounties'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const bountySubmissionView = (r: BountySubmissionRow): z.infer<typeof bountySubmission> => ({
  id: r.submission.id,
  url: r.submission.url,
  note: r.submission.note,
  status: r.submission.status,
  reason: r.submission.reason,
  createdAt: iso(r.submission.createdAt),
  reviewedAt: isoOrNull(r.submission.reviewedAt),
  bountyId: r.submission.bountyId,
  bountyName: r.bountyName,
  programName: r.programName,
  affiliate: { id: r.submission.affiliateId, email: r.affiliateEmail, name: r.affiliateName },
});

export const decidedSubmission = z
  .object({ ...submissionFields, bountyId: z.uuid() })
  .openapi('DecidedBountySubmission');

export const decidedSubmissionView = (s: {
  id: string;
  bountyId: string;
  url: string;
  note: string;
  status: (typeof BountySubmissionStatus)[number];
  reason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}): z.infer<typeof decidedSubmission> => ({
  id: s.id,
  bountyId: s.bountyId,
  url: s.url,
  note: s.note,
  status: s.status,
  reason: s.reason,
  createdAt: iso(s.createdAt),
  reviewedAt: isoOrNull(s.reviewedAt),
});

export const rejectBody = z
  .object({ reason: z.string().trim().min(1).max(1_000).describe('Shown to the affiliate') })
  .strict()
  .openapi('RejectBountySubmission');

export const submitBody = z
  .object({
    url: httpsUrl.describe('Where your work is: an https URL'),
    note: z.string().trim().max(2_000).default('').describe('A note for the reviewer'),
  })
  .strict()
  .openapi('SubmitBounty');

export const myBounty = z
  .object({
    ...bountyFields,
    open: z.boolean().describe('Between its start and end now'),
    full: z.boolean().describe('Every winner is chosen'),
    progress: z
      .object({
        value: z.number().int().nullable().describe('Your total so far; null for sale_amount, shown as a percent only'),
        target: z.number().int(),
        percent: z.number().int().min(0).max(100),
        reached: z.boolean(),
      })
      .nullable()
      .describe('Performance bounties: your progress inside its dates; null for a submission bounty'),
    submissions: z.array(z.object(submissionFields)).describe('Yours, oldest first'),
    award: z
      .object({
        awardedAt: timestamp,
        amountMinor: z.number().int(),
        currency: z.string(),
        status: z
          .enum(CommissionStatus)
          .describe('Where the bonus line is: pending (on hold), approved, in payout, paid'),
      })
      .nullable()
      .describe('Set once you won it'),
    canSubmit: z.boolean(),
  })
  .openapi('MyBounty');

export const myBountyList = z.object({ items: z.array(myBounty) }).openapi('MyBounties');

export const myBountyView = (m: MyBounty): z.infer<typeof myBounty> => ({
  id: m.bounty.id,
  programId: m.bounty.programId,
  programName: m.programName,
  kind: m.bounty.kind,
  name: m.bounty.name,
  description: m.bounty.description,
  goal: m.bounty.metric && m.bounty.target !== null ? { metric: m.bounty.metric, target: m.bounty.target } : null,
  bonus: { amountMinor: m.bounty.bonusMinor, currency: m.bounty.currency },
  maxWinners: m.bounty.maxWinners,
  startsAt: iso(m.bounty.startsAt),
  endsAt: iso(m.bounty.endsAt),
  open: m.open,
  full: m.full,
  progress: m.progress,
  submissions: m.submissions.map((s) => ({
    ...s,
    createdAt: iso(s.createdAt),
    reviewedAt: isoOrNull(s.reviewedAt),
  })),
  award: m.award ? { ...m.award, awardedAt: iso(m.award.awardedAt) } : null,
  canSubmit: m.canSubmit,
});
