import { sql } from 'drizzle-orm';
import { clicks, type Conversion } from '../../../schema';
import { uuidv7Time } from '../../contracts/ids';
import type { ServiceCall } from '../../context';

export type ClickFacts = Pick<
  typeof clicks.$inferSelect,
  | 'id'
  | 'clickedAt'
  | 'status'
  | 'rejectReason'
  | 'programId'
  | 'enrollmentId'
  | 'affiliateId'
  | 'fingerprint'
  | 'ip'
  | 'asn'
  | 'country'
  | 'isBot'
  | 'sub1'
  | 'sub2'
  | 'sub3'
  | 'sub4'
  | 'sub5'
  | 'sub6'
  | 'sub7'
  | 'sub8'
  | 'sub9'
  | 'sub10'
>;

export const clickFacts = {
  id: clicks.id,
  clickedAt: clicks.clickedAt,
  status: clicks.status,
  rejectReason: clicks.rejectReason,
  programId: clicks.programId,
  enrollmentId: clicks.enrollmentId,
  affiliateId: clicks.affiliateId,
  fingerprint: clicks.fingerprint,
  ip: clicks.ip,
  asn: clicks.asn,
  country: clicks.country,
  isBot: clicks.isBot,
  sub1: clicks.sub1,
  sub2: clicks.sub2,
  sub3: clicks.sub3,
  sub4: clicks.sub4,
  sub5: clicks.sub5,
  sub6: clicks.sub6,
  sub7: clicks.sub7,
  sub8: clicks.sub8,
  sub9: clicks.sub9,
  sub10: clicks.sub10,
};

/**
 * A click by id, of this advertiser only: another tenant's click must look exactly like one that
 * does not exist, or a conversion's answer would reveal it. The id carries its own time, which is
 * the partition key: one partition is read.
 */
export async function findClick({
  ctx,
  input,
}: ServiceCall<{ clickId: string; organizationId: string }>): Promise<ClickFacts | undefined> {
  const { db } = ctx;
  const { clickId, organizationId } = input;
  const at = new Date(uuidv7Time(clickId));
  const [click] = await db
    .select(clickFacts)
    .from(clicks)
    .where(
      sql`${clicks.id} = ${clickId} AND ${clicks.clickedAt} = ${at} AND ${clicks.organizationId} = ${organizationId}`,
    );
  return click;
}

/**
 * The visitor's click on a program by fingerprint in [from, to]: the latest, or the earliest for
 * a first-click program. Only accepted, human clicks count (the partial index covers exactly those).
 */
export async function findClickByFingerprint({
  ctx,
  input,
}: ServiceCall<{ fingerprint: string; programIds: string[]; from: Date; to: Date; earliest: boolean }>): Promise<
  ClickFacts | undefined
> {
  const { db } = ctx;
  if (input.programIds.length === 0) return undefined;
  const [click] = await db
    .select(clickFacts)
    .from(clicks)
    .where(
      sql`${clicks.fingerprint} = ${input.fingerprint} AND ${clicks.programId} IN ${input.programIds} AND ${clicks.status} = 'accepted'
        AND NOT ${clicks.isBot} AND ${clicks.clickedAt} BETWEEN ${input.from} AND ${input.to}`,
    )
    .orderBy(input.earliest ? sql`${clicks.clickedAt} ASC` : sql`${clicks.clickedAt} DESC`)
    .limit(1);
  return click;
}

/** The click a settled conversion was credited through (click id or fingerprint), for postback macros. */
export async function creditedClick({
  ctx,
  input,
}: ServiceCall<{ conversion: Conversion }>): Promise<ClickFacts | null> {
  const { conversion } = input;
  const byClick = conversion.attributionMethod === 'click_id' || conversion.attributionMethod === 'fingerprint';
  return byClick && conversion.clickId
    ? ((await findClick({ ctx, input: { clickId: conversion.clickId, organizationId: conversion.organizationId } })) ??
        null)
    : null;
}
