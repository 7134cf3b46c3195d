import { eq } from 'drizzle-orm';
import { editionPlanPrices } from '../../../schema';
import type { EditionDomainKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import type { Executor } from '../../db/client';
import { isEditionEditable } from '../../domain/edition-status';
import { AppError } from '../../errors/app-error';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { affiliateScope } from '../access';
import { addEditionHostname, removeEditionHostname } from '../domains';
import { applyEditionChange } from './apply-edition-change';
import { assertBrandField } from './brand-fields';
import { HOST_TAKEN } from './create-my-edition';
import { notifyEditionChange } from './edition-notifications';
import { type ChosenPrice, chosenPrices } from './edition-prices';
import type { MyEdition } from './edition-views';
import { findOfferOrThrow } from './find-offer';
import { findEditionRowOrThrow } from './find-my-edition-row';
import { getMyEdition } from './get-my-edition';
import { judgeEdition } from './judge-edition';

export interface UpdateEditionInput {
  editionId: string;
  name?: string | undefined;
  domainKind?: EditionDomainKind | undefined;
  host?: string | undefined;
  primaryColor?: string | null | undefined;
  accentColor?: string | null | undefined;
  plans?: { code: string; priceMinor: number }[] | undefined;
}

/**
 * The affiliate changes an edition not deleted: brand, colours, host and prices within the offer. A new name or
 * host is judged again; a new custom host is added at Cloudflare and the old one given back. A live edition
 * whose name or host changed goes back to the advertiser when the app needs approval (applyEditionChange);
 * changes to a live or suspended edition are audited and told to the advertiser and the app's webhooks.
 */
export async function updateMyEdition({ ctx, input }: ServiceCall<UpdateEditionInput>): Promise<MyEdition> {
  const scope = affiliateScope(ctx);
  const current = await findEditionRowOrThrow({ ctx, input: { scope: scope, editionId: input.editionId } });
  if (!isEditionEditable(current.status))
    throw new AppError('edition_status_conflict', `A ${current.status} edition cannot be changed`, {
      status: current.status,
    });
  const settings = await findOfferOrThrow({
    ctx,
    input: { organizationId: scope.organizationId, appId: current.appId },
  });
  assertBrandField(settings, 'colors', input.primaryColor !== undefined || input.accentColor !== undefined);
  const name = input.name ?? current.name;
  const domainKind = input.domainKind ?? current.domainKind;
  const hostChanged = input.host !== undefined || input.domainKind !== undefined;
  let host = current.host;
  // The wizard sends the name with every save: only a new one is judged again (a colour change is never refused
  // over a name approved before).
  if (hostChanged || (input.name !== undefined && input.name !== current.name)) {
    const verdict = await judgeEdition({
      ctx,
      input: {
        settings,
        affiliateId: scope.affiliateId,
        name,
        domainKind,
        host: input.host ?? current.host,
        editionId: current.id,
      },
    });
    if (verdict.issue) throw new AppError(verdict.issue.code, verdict.issue.message, verdict.issue.details);
    host = verdict.host!;
  }
  const prices = input.plans === undefined ? null : chosenPrices(settings.plans, input.plans);
  const newHost = host !== current.host || domainKind !== current.domainKind;
  const domain =
    newHost && domainKind === 'custom'
      ? await addEditionHostname({ ctx, input: { organizationId: scope.organizationId, hostname: host } }).catch(
          (err: unknown) => {
            if (err instanceof AppError && err.code === 'domain_taken')
              throw new AppError('edition_host_taken', `${host} is already in use`);
            throw err;
          },
        )
      : null;
  let changed: Awaited<ReturnType<typeof applyEditionChange>>;
  try {
    changed = await mapConstraintErrors(
      () =>
        inTransaction(ctx, async (tx) => {
          const locked = await findEditionRowOrThrow({
            ctx: tx,
            input: { scope: scope, editionId: current.id, lock: true },
          });
          const pricesChanged = prices !== null && !(await samePrices(tx.db, locked.id, prices));
          const result = await applyEditionChange({
            ctx: tx,
            input: {
              locked,
              set: {
                name,
                domainKind,
                host,
                ...(newHost ? { customDomainId: domain?.id ?? null } : {}),
                ...(input.primaryColor !== undefined ? { primaryColor: input.primaryColor } : {}),
                ...(input.accentColor !== undefined ? { accentColor: input.accentColor } : {}),
              },
              kind: name !== locked.name || newHost ? 'identity' : 'look',
              requiresApproval: settings.requiresApproval,
              also: pricesChanged
                ? { plans: prices.map((p) => ({ code: p.planCode, priceMinor: p.priceMinor })) }
                : undefined,
            },
          });
          if (pricesChanged) {
            await tx.db.delete(editionPlanPrices).where(eq(editionPlanPrices.editionId, locked.id));
            if (prices.length > 0)
              await tx.db.insert(editionPlanPrices).values(prices.map((p) => ({ ...p, editionId: locked.id })));
          }
          return result;
        }),
      HOST_TAKEN,
    );
  } catch (err) {
    if (domain) await removeEditionHostname({ ctx, input: { domainId: domain.id } }).catch(() => undefined);
    throw err;
  }
  // The old host stopped resolving with the change: its custom hostname is given back at once.
  if (newHost && current.customDomainId)
    await removeEditionHostname({ ctx, input: { domainId: current.customDomainId } }).catch((err: unknown) =>
      ctx.log.warn('edition_hostname_release_failed', { editionId: current.id, error: String(err) }),
    );
  if (changed.announce)
    await notifyEditionChange({ ctx, input: { edition: changed.after, change: 'changed', reason: null } });
  return getMyEdition({ ctx, input: { editionId: current.id } });
}

/** Whether the edition already sells exactly these plans at these prices (in any order). */
async function samePrices(db: Executor, editionId: string, prices: ChosenPrice[]): Promise<boolean> {
  const stored = await db
    .select({ planCode: editionPlanPrices.planCode, priceMinor: editionPlanPrices.priceMinor })
    .from(editionPlanPrices)
    .where(eq(editionPlanPrices.editionId, editionId));
  const key = (rows: { planCode: string; priceMinor: number }[]) =>
    rows
      .map((r) => `${r.planCode}:${r.priceMinor}`)
      .sort()
      .join(',');
  return key(stored) === key(prices);
}
