import { editionPlanPrices, editions } from '../../../schema';
import type { EditionDomainKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { affiliateScope } from '../access';
import { addEditionHostname, removeEditionHostname } from '../domains';
import { assertPlanAllows } from '../plans';
import { assertBrandField } from './brand-fields';
import { chosenPrices } from './edition-prices';
import type { MyEdition } from './edition-views';
import { activeEnrollmentOrThrow, findOfferOrThrow } from './find-offer';
import { getMyEdition } from './get-my-edition';
import { judgeEdition } from './judge-edition';

export interface CreateEditionInput {
  appId: string;
  name: string;
  domainKind: EditionDomainKind;
  host: string;
  primaryColor?: string | null | undefined;
  accentColor?: string | null | undefined;
  plans?: { code: string; priceMinor: number }[] | undefined;
}

export const HOST_TAKEN = { editions_host_unique: 'Another edition holds this host' };

/**
 * The affiliate starts an edition (a draft) of an app that offers them: enrolled in the offer's program, the
 * host valid, free and no lookalike, the prices inside the bounds, within the advertiser's plan. A custom
 * host is added at Cloudflare at once, so its DNS records can be shown while the wizard is open.
 */
export async function createMyEdition({ ctx, input }: ServiceCall<CreateEditionInput>): Promise<MyEdition> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const settings = await findOfferOrThrow(ctx.db, organizationId, input.appId);
  const enrollment = await activeEnrollmentOrThrow(ctx.db, settings, affiliateId);
  assertBrandField(settings, 'colors', Boolean(input.primaryColor || input.accentColor));
  const verdict = await judgeEdition(ctx, {
    settings,
    affiliateId,
    name: input.name,
    domainKind: input.domainKind,
    host: input.host,
  });
  if (verdict.issue) throw new AppError(verdict.issue.code, verdict.issue.message, verdict.issue.details);
  const host = verdict.host!;
  const prices = chosenPrices(settings.plans, input.plans);
  // Counted before Cloudflare is asked, and again under the lock when the row is written.
  await inTransaction(ctx, (tx) => assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'editions' } }));
  const domain =
    input.domainKind === 'custom'
      ? await addEditionHostname({ ctx, input: { organizationId, hostname: host } }).catch((err: unknown) => {
          if (err instanceof AppError && err.code === 'domain_taken')
            throw new AppError('edition_host_taken', `${host} is already in use`);
          throw err;
        })
      : null;
  try {
    const id = await mapConstraintErrors(
      () =>
        inTransaction(ctx, async (tx) => {
          await assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'editions' } });
          const [row] = await tx.db
            .insert(editions)
            .values({
              organizationId,
              appId: settings.appId,
              affiliateId,
              enrollmentId: enrollment.id,
              name: input.name,
              primaryColor: input.primaryColor ?? null,
              accentColor: input.accentColor ?? null,
              domainKind: input.domainKind,
              host,
              customDomainId: domain?.id ?? null,
              statusChangedAt: ctx.now,
            })
            .returning({ id: editions.id });
          if (prices.length > 0)
            await tx.db.insert(editionPlanPrices).values(prices.map((p) => ({ ...p, editionId: row!.id })));
          return row!.id;
        }),
      HOST_TAKEN,
    );
    return getMyEdition({ ctx, input: { editionId: id } });
  } catch (err) {
    // Nothing refers to the hostname this call added: give it back.
    if (domain) await removeEditionHostname({ ctx, input: { domainId: domain.id } }).catch(() => undefined);
    throw err;
  }
}
