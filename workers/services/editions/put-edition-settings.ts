import { and, eq } from 'drizzle-orm';
import { editionSettings, programs, type EditionPlanOffer } from '../../../schema';
import type { EditionBrandField, EditionDomainKind } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { normalizeHostname } from '../../domain/custom-domain';
import { offerIssue } from '../../domain/edition-price';
import { ValidationError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { recordAudit } from '../audit';
import { type EditionReward, type EditionSettingsView, settingsView } from './settings-view';

export interface EditionSettingsInput {
  appId: string;
  enabled: boolean;
  programId: string | null;
  brandFields: EditionBrandField[];
  domainKinds: EditionDomainKind[];
  baseDomain: string | null;
  plans: EditionPlanOffer[];
  reward: EditionReward;
  requiresApproval: boolean;
}

type Issue = { path: string; message: string };

/** Whether the base domain is the app's own: its site's host or a parent of it, or one of its allowed domains. */
function ownsDomain(app: { siteUrl: string; allowedDomains: string[] }, domain: string | null): boolean {
  if (!domain?.includes('.')) return false;
  const site = new URL(app.siteUrl).hostname;
  if (site === domain || site.endsWith(`.${domain}`)) return true;
  return app.allowedDomains.some((d) => d.replace(/^\*\./, '') === domain);
}

function rewardIssues(r: EditionReward): Issue[] {
  const issues: Issue[] = [];
  if (r.type === 'percent' && r.rateBps === null)
    issues.push({ path: 'reward.rateBps', message: 'A percent reward needs its rate' });
  if (r.type === 'fixed' && r.fixedMinor === null)
    issues.push({ path: 'reward.fixedMinor', message: 'A fixed reward needs its amount' });
  if (r.recurringMode === 'months' && r.recurringMonths === null)
    issues.push({ path: 'reward.recurringMonths', message: 'Recurring for months needs the number of months' });
  return issues;
}

/**
 * Saves an app's branded-edition offer: the program must be one of the app's, the base domain the app's own
 * (its site or allowed domains), the plans' bounds consistent and their codes unique. Turning it on needs a
 * program. Existing editions keep their prices; a plan removed from the offer is no longer shown on them.
 * Owners and admins; audited.
 */
export async function putEditionSettings({
  ctx,
  input,
}: ServiceCall<EditionSettingsInput>): Promise<EditionSettingsView> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const app = await findAppOrThrow({ ctx, input: { organizationId, appId: input.appId } });
  const issues: Issue[] = rewardIssues(input.reward);
  let currency: string | null = null;
  if (input.programId) {
    const [program] = await ctx.db
      .select({ currency: programs.currency })
      .from(programs)
      .where(
        and(eq(programs.id, input.programId), eq(programs.organizationId, organizationId), eq(programs.appId, app.id)),
      );
    if (!program) issues.push({ path: 'programId', message: 'Not a program of this app' });
    currency = program?.currency ?? null;
  } else if (input.enabled) issues.push({ path: 'programId', message: 'Pick the program editions earn through' });
  const baseDomain = input.baseDomain === null ? null : normalizeHostname(input.baseDomain);
  if (input.baseDomain !== null && !ownsDomain(app, baseDomain))
    issues.push({
      path: 'baseDomain',
      message: 'Must be your app’s own domain (its site or one of its allowed domains)',
    });
  if (input.domainKinds.includes('subdomain') && input.baseDomain === null)
    issues.push({ path: 'baseDomain', message: 'Subdomain editions need a base domain' });
  const codes = new Set<string>();
  input.plans.forEach((plan, i) => {
    const issue = offerIssue(plan);
    if (issue) issues.push({ path: `plans.${i}.bounds`, message: issue });
    if (codes.has(plan.code)) issues.push({ path: `plans.${i}.code`, message: 'The plan appears more than once' });
    codes.add(plan.code);
  });
  if (issues.length > 0) throw new ValidationError('The edition settings are not valid', issues);

  const values = {
    enabled: input.enabled,
    programId: input.programId,
    brandFields: [...new Set(input.brandFields)],
    domainKinds: [...new Set(input.domainKinds)],
    baseDomain,
    plans: input.plans,
    rewardType: input.reward.type,
    rewardRateBps: input.reward.type === 'percent' ? input.reward.rateBps : null,
    rewardFixedMinor: input.reward.type === 'fixed' ? input.reward.fixedMinor : null,
    recurringMode: input.reward.recurringMode,
    recurringMonths: input.reward.recurringMode === 'months' ? input.reward.recurringMonths : null,
    requiresApproval: input.requiresApproval,
  };
  const row = await inTransaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(editionSettings).where(eq(editionSettings.appId, app.id)).for('update');
    const [saved] = await tx.db
      .insert(editionSettings)
      .values({ organizationId, appId: app.id, ...values })
      .onConflictDoUpdate({ target: editionSettings.appId, set: values })
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'app.edition_settings_updated',
        targetType: 'app',
        targetId: app.id,
        before: before ?? null,
        after: saved,
      },
    });
    return saved!;
  });
  return settingsView(app, row, currency);
}
