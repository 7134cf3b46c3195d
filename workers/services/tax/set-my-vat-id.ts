import { eq } from 'drizzle-orm';
import { affiliateVatIds } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { lastFour } from '../../domain/tax-id';
import { parseVatId } from '../../domain/vat-id';
import { AppError } from '../../errors/app-error';
import { checkVatNumber, ViesUnavailableError } from '../../integrations/vies';
import { actorId } from '../access';
import { recordAudit } from '../audit';
import { encryptSecret } from '../encryption';

export interface MyVatIdView {
  countryCode: string;
  vatNumberLast4: string;
  valid: 'valid' | 'invalid';
  registeredName: string | null;
  checkedAt: Date;
}

/**
 * The affiliate enters its VAT id; VIES says whether it is valid. Only a valid id is kept (it makes
 * payouts carry self-billing invoices); an invalid one is refused with VIES's verdict and nothing
 * stored, and VIES being down is a 503 to retry, never a silent "invalid". null removes the id.
 */
export async function setMyVatId({ ctx, input }: ServiceCall<{ vatId: string | null }>): Promise<MyVatIdView | null> {
  const affiliateId = actorId(ctx);
  if (input.vatId === null) {
    await inTransaction(ctx, async (tx) => {
      await tx.db.delete(affiliateVatIds).where(eq(affiliateVatIds.affiliateId, affiliateId));
      await recordAudit({
        ctx: tx,
        input: { action: 'vat_id.checked', targetType: 'user', targetId: affiliateId, after: { removed: true } },
      });
    });
    return null;
  }
  const vat = parseVatId(input.vatId);
  if (!vat) throw new AppError('vat_id_invalid', 'This is not the shape of an EU VAT id', { reason: 'format' });
  let answer: Awaited<ReturnType<typeof checkVatNumber>>;
  try {
    answer = await checkVatNumber(ctx.config.VIES_API_BASE_URL, vat);
  } catch (err) {
    if (!(err instanceof ViesUnavailableError)) throw err;
    ctx.log.warn('vies_unavailable', { countryCode: vat.countryCode, error: err.message });
    throw new AppError('vies_unavailable', 'The EU VAT service cannot check this number now; try again later');
  }
  if (!answer.valid) throw new AppError('vat_id_invalid', 'VIES says this VAT id is not valid', { reason: 'vies' });
  return inTransaction(ctx, async (tx) => {
    const values = {
      affiliateId,
      countryCode: vat.countryCode,
      vatNumberEncrypted: await encryptSecret(vat.number, tx.config.DATA_ENCRYPTION_KEY),
      vatNumberLast4: lastFour(vat.number),
      valid: 'valid' as const,
      registeredName: answer.name,
      registeredAddress: answer.address,
      checkedAt: tx.now,
      updatedAt: tx.now,
    };
    await tx.db
      .insert(affiliateVatIds)
      .values(values)
      .onConflictDoUpdate({ target: affiliateVatIds.affiliateId, set: values });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'vat_id.checked',
        targetType: 'user',
        targetId: affiliateId,
        after: { countryCode: vat.countryCode, valid: true },
      },
    });
    return {
      countryCode: values.countryCode,
      vatNumberLast4: values.vatNumberLast4,
      valid: values.valid,
      registeredName: values.registeredName,
      checkedAt: values.checkedAt,
    };
  });
}
