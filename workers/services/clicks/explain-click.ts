import { and, asc, eq } from 'drizzle-orm';
import { type Conversion, clicks, conversions, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isUuidv7, uuidv7Time } from '../../contracts/ids';
import { NotFoundError } from '../../errors/app-error';
import { type Audience, audienceScope } from '../access';
import { type ExplainedLine, explainLines } from './explain-lines';
import type { ClickRow } from './read-clicks';

export type { ExplainedLine };

export interface ExplainedConversion {
  conversion: Conversion;
  lines: ExplainedLine[];
}

export interface ClickExplanation extends ClickRow {
  conversions: ExplainedConversion[];
}

/**
 * A click and every cent that came of it: the conversions credited to it, each commission line
 * with the inputs it was computed from, and the payout that paid it. An affiliate sees only what
 * it earned; a click outside the caller's scope is not_found, so its existence does not leak.
 */
export async function explainClick({
  ctx,
  input,
}: ServiceCall<{ audience: Audience; clickId: string }>): Promise<ClickExplanation> {
  const scope = audienceScope(ctx, input.audience);
  // The id carries the click time, which pins the one partition to read.
  if (!isUuidv7(input.clickId)) throw new NotFoundError('click', input.clickId);
  const [found] = await ctx.db
    .select({ click: clicks, programName: programs.name })
    .from(clicks)
    .leftJoin(programs, eq(programs.id, clicks.programId))
    .where(
      and(
        eq(clicks.id, input.clickId),
        eq(clicks.clickedAt, new Date(uuidv7Time(input.clickId))),
        scope.organizationId ? eq(clicks.organizationId, scope.organizationId) : undefined,
        scope.affiliateId ? eq(clicks.affiliateId, scope.affiliateId) : undefined,
      ),
    );
  if (!found) throw new NotFoundError('click', input.clickId);

  // A partner may report any click id with a coupon sale credited elsewhere: an affiliate sees the
  // conversions credited to itself only.
  const converted = await ctx.db
    .select()
    .from(conversions)
    .where(
      and(
        eq(conversions.clickId, found.click.id),
        found.click.organizationId ? eq(conversions.organizationId, found.click.organizationId) : undefined,
        scope.affiliateId ? eq(conversions.affiliateId, scope.affiliateId) : undefined,
      ),
    )
    .orderBy(asc(conversions.occurredAt), asc(conversions.id));

  const lines = await explainLines({
    ctx,
    input: { conversionIds: converted.map((c) => c.id), beneficiaryId: scope.affiliateId },
  });

  return {
    ...found,
    conversions: converted.map((conversion) => ({
      conversion,
      lines: lines.filter((l) => l.commission.conversionId === conversion.id),
    })),
  };
}
