import { and, eq, inArray, isNull } from 'drizzle-orm';
import { conversions, type Conversion } from '../../../schema';
import type { ServiceCall } from '../../context';
import { sameOrderIds } from './same-order-ids';

/**
 * Refunds of a sale that were settled before anyone was credited with it, and so reversed nothing:
 * a sale credited late (findEarlierSales) settles them again, so its commission never outlives
 * the refund. Locked, so each is reversed once.
 */
export async function findUnmatchedRefunds({ ctx, input: sale }: ServiceCall<Conversion>): Promise<Conversion[]> {
  const { db } = ctx;
  if (!sale.orderId) return [];
  const orderIds = await sameOrderIds({ ctx, input: { appId: sale.appId, orderId: sale.orderId } });
  return db
    .select()
    .from(conversions)
    .where(
      and(
        eq(conversions.appId, sale.appId),
        eq(conversions.eventType, 'refund'),
        eq(conversions.status, 'pending'),
        isNull(conversions.enrollmentId),
        isNull(conversions.parentConversionId),
        inArray(conversions.orderId, orderIds),
      ),
    )
    .orderBy(conversions.occurredAt)
    .for('update');
}
