import type { Context } from 'hono';
import { mapPostback } from '../../domain/postback-event';
import { parseIpAddress } from '../../contracts/ip-address';
import { ValidationError } from '../../errors/app-error';
import { conversionEvent } from '../../contracts/conversion-event';
import { recordConversion, rejectReportedConversion } from '../../services/conversions';
import { limitInbound } from '../../services/inbound';
import { authenticatePostback } from '../../services/programs';
import type { AppEnv } from '../types';
import { postbackQuery } from './schemas';

const DEFAULT_REJECT_REASON = 'Rejected by the advertiser (S2S postback)';

/**
 * `GET /postback?cid=…&status=lead|sale|cancel|rejected&payout=…&revenue=…&currency=…&event_id=…&secret=…`.
 * The secret is checked before anything else is read, so strangers learn nothing about the
 * parameters. Answers the conversion outcome: 201 when recorded, 200 for a repeat or a rejection.
 */
export async function handlePostback(c: Context<AppEnv>): Promise<Response> {
  const ctx = c.var.services();
  const program = await authenticatePostback({
    ctx,
    input: { secret: c.req.query('secret'), ip: parseIpAddress(c.req.header('cf-connecting-ip')) },
  });
  await limitInbound({ ctx, input: { path: 'postback', programId: program.programId } });
  const query = postbackQuery.parse(c.req.query());
  if (query.status === 'rejected') {
    const outcome = await rejectReportedConversion({
      ctx,
      input: {
        organizationId: program.organizationId,
        programId: program.programId,
        clickId: query.cid,
        eventId: query.event_id,
        reason: query.reason ?? DEFAULT_REJECT_REASON,
      },
    });
    return c.json(outcome, 200);
  }
  const mapped = mapPostback({ ...query, status: query.status }, program.currency);
  if (!mapped.ok) throw new ValidationError('The request is not valid', mapped.issues);
  const outcome = await recordConversion({
    ctx,
    input: {
      appId: program.appId,
      organizationId: program.organizationId,
      source: 'postback',
      programId: program.programId,
      event: conversionEvent.parse(mapped.value.event),
      ...(mapped.value.declaredPayoutMinor !== undefined
        ? { declaredPayoutMinor: mapped.value.declaredPayoutMinor }
        : {}),
    },
  });
  return c.json(outcome, outcome.duplicate ? 200 : 201);
}
