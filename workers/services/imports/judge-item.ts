import type { ImportItem, ImportJob } from '../../../schema';
import type { ServiceCall } from '../../context';
import { planAffiliate, planCommission, planCustomer, type ProgramFacts, type Verdict } from '../../domain/import-plan';
import { importAffiliate, importCommission, importCustomer } from '../../domain/import-records';
import { affiliateFacts, existingCustomer, importedBefore, ownerFacts } from './facts';

/** The verdict on one stored record, from the rules of domain/import-plan.ts and facts read now. */
export async function judgeItem({
  ctx,
  input: { job, item, byId, inDryRun },
}: ServiceCall<{
  job: ImportJob;
  item: ImportItem;
  byId: Map<string, ProgramFacts>;
  inDryRun: boolean;
}>): Promise<Verdict> {
  switch (item.kind) {
    case 'affiliate': {
      const record = importAffiliate.parse(item.data);
      return planAffiliate(record, await affiliateFacts({ ctx, input: { job, item, record, byId, inDryRun } }));
    }
    case 'customer': {
      const record = importCustomer.parse(item.data);
      const owner = await ownerFacts({ ctx, input: { job, affiliateExternalId: record.affiliateExternalId, byId } });
      const existing = owner?.program
        ? await existingCustomer({ ctx, input: { appId: owner.program.appId, customerId: record.customerId } })
        : null;
      return planCustomer(record, owner, existing);
    }
    default: {
      const record = importCommission.parse(item.data);
      const owner = await ownerFacts({ ctx, input: { job, affiliateExternalId: record.affiliateExternalId, byId } });
      return planCommission(
        record,
        owner,
        await importedBefore({ ctx, input: { job, kind: item.kind, externalId: item.externalId } }),
      );
    }
  }
}
