import { and, eq } from 'drizzle-orm';
import { type Conversion, clicks, conversions, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isUuidv7, uuidv7Time } from '../../contracts/ids';
import { NotFoundError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { type ExplainedLine, explainLines } from '../clicks';
import type { ClickRow } from '../clicks';

export interface MyConversionExplanation {
  conversion: Conversion;
  programName: string | null;
  /** The affiliate's own click that earned the conversion; null when credited by coupon or customer. */
  click: ClickRow | null;
  lines: ExplainedLine[];
}

// Only a click match stores the credited click; by coupon or customer history the stored id is
// whatever the partner reported, which may be another affiliate's click.
const CLICK_METHODS = new Set<Conversion['attributionMethod']>(['click_id', 'fingerprint']);

/**
 * A conversion credited to the calling affiliate, explained like a click: its click (when it came
 * from one), its lines with their inputs and the payout that pays them. Anyone else's is not_found.
 */
export async function explainMyConversion({
  ctx,
  input,
}: ServiceCall<{ conversionId: string }>): Promise<MyConversionExplanation> {
  const scope = affiliateScope(ctx);
  const [found] = await ctx.db
    .select({ conversion: conversions, programName: programs.name })
    .from(conversions)
    .leftJoin(programs, eq(programs.id, conversions.programId))
    .where(
      and(
        eq(conversions.id, input.conversionId),
        eq(conversions.organizationId, scope.organizationId),
        eq(conversions.affiliateId, scope.affiliateId),
      ),
    );
  if (!found) throw new NotFoundError('conversion', input.conversionId);
  const { conversion } = found;
  const clickId = CLICK_METHODS.has(conversion.attributionMethod) ? conversion.clickId : null;
  const [click] =
    clickId && isUuidv7(clickId)
      ? await ctx.db
          .select({ click: clicks, programName: programs.name })
          .from(clicks)
          .leftJoin(programs, eq(programs.id, clicks.programId))
          .where(
            and(
              eq(clicks.id, clickId),
              eq(clicks.clickedAt, new Date(uuidv7Time(clickId))),
              eq(clicks.organizationId, scope.organizationId),
              eq(clicks.affiliateId, scope.affiliateId),
            ),
          )
      : [];
  const lines = await explainLines({
    ctx,
    input: { conversionIds: [conversion.id], beneficiaryId: scope.affiliateId },
  });
  return { conversion, programName: found.programName, click: click ?? null, lines };
}
