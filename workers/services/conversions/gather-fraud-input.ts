import { eq, sql } from 'drizzle-orm';
import { conversions, users, type Conversion, type Program } from '../../../schema';
import type { FraudInput } from '../../domain/fraud-rules';
import { sha256Hex } from '../../domain/secret-token';
import type { ClickFacts } from './find-click';
import type { ServiceCall } from '../../context';

const HOUR_MS = 3_600_000;

/** The facts the pure fraud rules judge, read from the database for one attributed conversion. */
export async function gatherFraudInput({
  ctx,
  input,
}: ServiceCall<{
  conversion: Conversion;
  program: Program;
  affiliateId: string;
  click: ClickFacts | null;
}>): Promise<FraudInput> {
  const { db } = ctx;
  const { conversion, program, affiliateId, click } = input;
  const [affiliate] = await db.select({ email: users.email }).from(users).where(eq(users.id, affiliateId));
  const ip = conversion.ip ?? click?.ip ?? null;
  const at = conversion.occurredAt;
  const [ipCount] = ip
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(conversions)
        .where(
          sql`${conversions.organizationId} = ${conversion.organizationId} AND ${conversions.ip} = ${ip}::inet
            AND ${conversions.occurredAt} > ${new Date(at.getTime() - HOUR_MS)} AND ${conversions.occurredAt} <= ${at}
            AND ${conversions.eventType} IN ('lead', 'sale') AND ${conversions.id} <> ${conversion.id}`,
        )
    : [undefined];
  // Only a first action can be a duplicate order; rebills and refunds legitimately repeat order ids.
  const [duplicate] =
    conversion.orderId && (conversion.eventType === 'lead' || conversion.eventType === 'sale')
      ? await db
          .select({ id: conversions.id })
          .from(conversions)
          .where(
            sql`${conversions.organizationId} = ${conversion.organizationId} AND ${conversions.orderId} = ${conversion.orderId}
              AND ${conversions.eventType} = ${conversion.eventType} AND ${conversions.id} <> ${conversion.id} AND ${conversions.status} <> 'rejected'`,
          )
          .limit(1)
      : [undefined];
  return {
    customerEmailHash: conversion.customerEmailHash,
    affiliateEmailHash: await sha256Hex(affiliate?.email ?? ''),
    customerIsAffiliate: conversion.externalCustomerId === affiliateId,
    conversionsFromIpLastHour: ipCount ? ipCount.n : null,
    secondsSinceClick: click ? Math.floor((at.getTime() - click.clickedAt.getTime()) / 1000) : null,
    duplicateOrder: duplicate !== undefined,
    clickIsBot: click ? click.isBot || click.rejectReason === 'bot' : false,
    clickAsn: click?.asn ?? null,
    thresholds: {
      maxConversionsPerIpHour: program.fraudMaxConversionsPerIpHour,
      minSecondsAfterClick: program.fraudMinSecondsAfterClick,
    },
  };
}
