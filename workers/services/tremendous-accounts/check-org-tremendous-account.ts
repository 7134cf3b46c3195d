import { eq } from 'drizzle-orm';
import { orgTremendousAccounts } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { decryptSecret } from '../encryption';
import { fundingSourcesOf, knowsFundingSource, type TremendousFundingSource } from './funding-sources-of';

export interface TremendousCheck {
  /** Which key was asked: the one just pasted, or the organization's stored one. */
  key: 'given' | 'stored';
  fundingSources: TremendousFundingSource[];
  /** Whether the stored funding source is still among them (null for a pasted key: nothing is chosen yet). */
  fundingSourceFound: boolean | null;
}

/**
 * Asks Tremendous what a key reaches, without storing anything: a pasted key before connecting (to pick its
 * funding source), or the organization's own stored key (the connection test). Never the deployment's key: its
 * funding sources are not the advertiser's to see (409 tremendous_not_configured without a key of its own).
 */
export async function checkOrgTremendousAccount({
  ctx,
  input,
}: ServiceCall<{ apiKey: string | null }>): Promise<TremendousCheck> {
  const { organizationId } = actingAdvertiser(ctx);
  if (input.apiKey !== null) {
    const fundingSources = await fundingSourcesOf({ ctx, input: { apiKey: input.apiKey } });
    return { key: 'given', fundingSources, fundingSourceFound: null };
  }
  const [row] = await ctx.db
    .select({
      apiKeyEncrypted: orgTremendousAccounts.apiKeyEncrypted,
      fundingSourceId: orgTremendousAccounts.fundingSourceId,
    })
    .from(orgTremendousAccounts)
    .where(eq(orgTremendousAccounts.organizationId, organizationId));
  if (!row) throw new AppError('tremendous_not_configured', 'This advertiser has no Tremendous account of its own');
  const apiKey = await decryptSecret(row.apiKeyEncrypted, ctx.config.DATA_ENCRYPTION_KEY);
  const fundingSources = await fundingSourcesOf({ ctx, input: { apiKey } });
  return { key: 'stored', fundingSources, fundingSourceFound: knowsFundingSource(fundingSources, row.fundingSourceId) };
}
