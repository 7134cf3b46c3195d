import { inTransaction, type ServiceCall } from '../../context';
import { wordRuleVerdicts } from '../programs';
import type { RecordConversionInput } from './record-conversion-input';
import type { ConversionOutcome } from './conversion-outcome';
import { dispatchEffects } from './dispatch-effects';
import { describeEffects } from './describe-effects';
import { insertConversion } from './insert-conversion';
import { loadConversionOutcome, toOutcome } from './load-conversion-outcome';
import { settleConversion } from './settle-conversion';

/**
 * Records one inbound event and settles it in the same transaction, so a repeated or concurrent
 * copy of the event finds either nothing or the whole result. Postbacks, notifications and the
 * wait for a late click are sent after the commit: a queue must never hear of a conversion that
 * a rollback then erased.
 */
export async function recordConversion({ ctx, input }: ServiceCall<RecordConversionInput>): Promise<ConversionOutcome> {
  const result = await inTransaction(ctx, async (tx) => {
    const { conversion, inserted } = await insertConversion({ ctx: tx, input });
    if (!inserted)
      return {
        outcome: await loadConversionOutcome({ ctx: tx, input: { conversionId: conversion.id, duplicate: true } }),
        settled: null,
      };
    const settled = await settleConversion({
      ctx: tx,
      input: { conversion, programId: input.programId, declaredPayoutMinor: input.declaredPayoutMinor },
    });
    return { outcome: null, settled };
  });
  if (!result.settled) return result.outcome;
  await dispatchEffects({ ctx, input: { effects: describeEffects(result.settled, ctx.now) } });
  // In words after the commit: the group's rule set is in this isolate's cache from the settling read.
  await wordRuleVerdicts({ ctx, input: result.settled.lines });
  return toOutcome(result.settled.conversion, result.settled.lines, false);
}
