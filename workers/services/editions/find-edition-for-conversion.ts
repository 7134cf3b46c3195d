import { and, eq, or } from 'drizzle-orm';
import { editions, editionSettings } from '../../../schema';
import type { ServiceCall } from '../../context';
import { normalizeHostname } from '../../domain/custom-domain';
import type { EditionReward } from './settings-view';
import { rewardOf } from './settings-view';

export interface EditionCredit {
  editionId: string;
  enrollmentId: string;
  /** The edition's reward, which replaces the program's terms for its conversions. */
  reward: EditionReward;
}

/**
 * The edition a conversion names (its id or its host) among the reporting app's editions, with the enrollment
 * and reward it is credited at; null when it names none of the app's. A suspended or deleted edition still
 * credits a sale that names it: the customer came through it (a rebill months later included).
 */
export async function findEditionForConversion({
  ctx,
  input,
}: ServiceCall<{ appId: string; editionId: string | null; host: string | null }>): Promise<EditionCredit | null> {
  const host = input.host ? normalizeHostname(input.host) : null;
  if (!input.editionId && !host) return null;
  const [row] = await ctx.db
    .select({ edition: editions, settings: editionSettings })
    .from(editions)
    .innerJoin(editionSettings, eq(editionSettings.appId, editions.appId))
    .where(
      and(
        eq(editions.appId, input.appId),
        or(
          input.editionId ? eq(editions.id, input.editionId) : undefined,
          host ? and(eq(editions.host, host), eq(editions.status, 'active')) : undefined,
        ),
      ),
    )
    .limit(1);
  if (!row || row.edition.status === 'draft') return null;
  return { editionId: row.edition.id, enrollmentId: row.edition.enrollmentId, reward: rewardOf(row.settings) };
}
