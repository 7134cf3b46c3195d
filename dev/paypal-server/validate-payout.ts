import { z } from 'zod';
import type { ErrorDetail } from './http';

/** ISO 4217 exponents that differ from 2, with PayPal's whole-unit currencies (HUF, TWD) as 0. */
const DECIMALS: Readonly<Record<string, number>> = {
  JPY: 0,
  HUF: 0,
  TWD: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

export function paypalDecimalsOf(currency: string): number {
  return DECIMALS[currency] ?? 2;
}

const text = (max: number) => z.string().max(max);

const itemSchema = z.object({
  recipient_type: z.enum(['EMAIL', 'PHONE', 'PAYPAL_ID']).optional(),
  amount: z.object({ currency: z.string().regex(/^[A-Z]{3}$/, 'Currency code is invalid'), value: z.string() }),
  note: text(4000).optional(),
  receiver: text(127).min(1),
  sender_item_id: text(63).optional(),
  recipient_wallet: z.string().optional(),
});

const requestSchema = z.object({
  sender_batch_header: z.object({
    sender_batch_id: text(256).optional(),
    recipient_type: z.enum(['EMAIL', 'PHONE', 'PAYPAL_ID']).optional(),
    email_subject: text(255).optional(),
    email_message: text(1000).optional(),
    note: text(1000).optional(),
  }),
  items: z
    .array(itemSchema)
    .min(1, 'Items must contain 1 to 15000 entries')
    .max(15_000, 'Items must contain 1 to 15000 entries'),
});

export type CreatePayoutRequest = z.infer<typeof requestSchema>;

/** The request, or PayPal-style VALIDATION_ERROR details naming each bad field. */
export function validatePayout(
  body: unknown,
): { ok: true; request: CreatePayoutRequest } | { ok: false; details: ErrorDetail[] } {
  const parsed = requestSchema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      details: parsed.error.issues
        .slice(0, 20)
        .map((i) => ({ field: fieldName(i.path), location: 'body', issue: i.message })),
    };
  }
  const request = parsed.data;
  const details: ErrorDetail[] = [];
  request.items.forEach((item, index) => {
    const decimals = paypalDecimalsOf(item.amount.currency);
    const pattern = decimals ? new RegExp(`^\\d+\\.\\d{${decimals}}$`) : /^\d+$/;
    if (!pattern.test(item.amount.value) || !/[1-9]/.test(item.amount.value)) {
      details.push({
        field: `items[${index}].amount.value`,
        value: item.amount.value,
        location: 'body',
        issue: decimals
          ? `Amount must be positive with exactly ${decimals} decimals for ${item.amount.currency}`
          : `Decimal amounts are not supported for ${item.amount.currency}`,
      });
    }
    const type = item.recipient_type ?? request.sender_batch_header.recipient_type ?? 'EMAIL';
    if (type === 'EMAIL' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(item.receiver)) {
      details.push({
        field: `items[${index}].receiver`,
        value: item.receiver,
        location: 'body',
        issue: 'Receiver is invalid or does not match with type',
      });
    }
  });
  return details.length ? { ok: false, details: details.slice(0, 20) } : { ok: true, request };
}

/** The first repeated sender_item_id, with its index: PayPal refuses a batch that has one. */
export function duplicateItem(request: CreatePayoutRequest): { index: number; senderItemId: string } | null {
  const seen = new Set<string>();
  for (const [index, item] of request.items.entries()) {
    if (item.sender_item_id === undefined) continue;
    if (seen.has(item.sender_item_id)) return { index, senderItemId: item.sender_item_id };
    seen.add(item.sender_item_id);
  }
  return null;
}

function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}
