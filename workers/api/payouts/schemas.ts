import { z } from '@hono/zod-openapi';
import { PayoutBatchStatus } from '../../../schema/enums';
import { idParam, orgParams, pageQuery } from '../shared/schemas';

export const batchParams = orgParams.extend({ batchId: idParam('batchId') });
export const itemParams = batchParams.extend({ itemId: idParam('itemId') });

export const excludeItemBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(500).optional().describe('Why the item is taken out; kept in the audit log'),
  })
  .openapi('ExcludePayoutItem');

export const batchesQuery = pageQuery.extend({ status: z.enum(PayoutBatchStatus).optional() });
export const itemsQuery = pageQuery.extend({
  cursor: z.uuid().optional().describe('items.nextCursor of the previous page'),
});

export const csvResponse = (description: string) => ({
  description,
  content: {
    'text/csv': {
      schema: z
        .string()
        .describe(
          'RFC 4180, CRLF line ends, header row; text cells starting with = + - @ are prefixed with an apostrophe',
        ),
    },
  },
});

/** Sends a CSV as a download. */
export function csvDownload(csv: string, filename: string): Response {
  return new Response(csv, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
