import { z } from '@hono/zod-openapi';
import { COUNTRY_CODES, CURRENCY_CODES } from '../../contracts/iso-codes';
import { httpsHost, isDomainEntry } from '../../domain/program-rules';
import { isIanaTimeZone } from '../../domain/stats-time-zone';
import { declareErrorResponses } from '../openapi-errors';

/** Error answers every management operation may give; routes spread this into `responses`. */
export const errorResponses = declareErrorResponses(400, 401, 403, 404, 409, 413, 415);
/** For operations that create what a plan limits (programs, affiliates, branding). */
export const planLimitResponse = declareErrorResponses(402);

export const bearer = [{ bearer: [] }];
/**
 * `security: []`: the operation needs no credentials (sign-up, login, join links, the health check,
 * served uploads). Every operation declares its security, so a route that forgets is caught by the
 * OpenAPI lint and the security suite rather than read as public.
 */
export const publicAccess: Record<string, string[]>[] = [];

/** A required JSON body validated by `schema`. */
export const jsonBody = <T extends z.ZodType>(schema: T) =>
  ({ required: true, content: { 'application/json': { schema } } }) as const;

/** An optional JSON body: absent means `{}`. */
export const optionalJsonBody = <T extends z.ZodType>(schema: T) =>
  ({ required: false, content: { 'application/json': { schema } } }) as const;

/** An upload's body: the raw file, as any of `types` (the image-type tables of domain/image-type.ts). */
export const rawFileBody = (types: Record<string, string>) => ({
  required: true,
  content: Object.fromEntries(
    Object.keys(types).map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }]),
  ),
});

/** The details code of a list item whose key an earlier item already has (see uniqueBy). */
export const DUPLICATE_ENTRY = 'duplicate_entry';

/**
 * Refuses a list in which two items share a key (400 validation_failed, the repeat's path with
 * details code duplicate_entry). Batch upserts need it: Postgres refuses to update one row twice in
 * one ON CONFLICT DO UPDATE statement, which would otherwise surface as a 500.
 */
export const uniqueBy =
  <T>(keyOf: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `${what} appears more than once`,
          params: { code: DUPLICATE_ENTRY },
        });
      seen.add(key);
    });
  };

/** The details code of a time zone Intl does not know. */
export const TIME_ZONE_INVALID = 'time_zone_invalid';

/**
 * An optional IANA time zone in which a file writes its times (ISO 8601 with that zone's offset); UTC
 * without it. An unknown name is 400 validation_failed with details code time_zone_invalid.
 */
export const timeZoneParam = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, {
    message: 'Not an IANA time zone, such as Europe/Berlin',
    params: { code: TIME_ZONE_INVALID },
  })
  .optional()
  .describe(
    'IANA time zone for the times in the file (ISO 8601 with its offset) and the dates in its name, e.g. Europe/Moscow; default UTC',
  );

export const id = z.uuid();
export const timestamp = z.iso.datetime().describe('ISO 8601, UTC');
export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A path parameter that must be an id; anything else is a 400 before any lookup. */
export const idParam = (name: string) => z.uuid().openapi({ param: { name, in: 'path' } });

export const orgParams = z.object({ orgId: idParam('orgId') });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Page size, 1–100'),
  cursor: z.uuid().optional().describe('nextCursor of the previous page'),
});

export const page = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.uuid().nullable().describe('Pass as cursor for the next page; null on the last'),
    })
    .openapi(name);

/** Newest first by id (UUIDv7 sorts by time); the last id of a full page is the next cursor. */
export function toPage<T extends { id: string }, R>(
  rows: T[],
  limit: number,
  view: (row: T) => R,
): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items: items.map(view), nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

// Building blocks shared by several areas.
export const name = z.string().trim().min(1).max(200);
export const longText = z.string().max(20_000);
export const bps = z.number().int().min(0).max(10_000).describe('Basis points: 1 bp = 0.01 %, so 10 % = 1000');
export const minorAmount = z
  .number()
  .int()
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Amount in minor units of the currency (cents; for zero-decimal currencies the whole amount)');
export const nonNegativeInt = z.number().int().min(0).max(2_147_483_647);
export const days = z.number().int().min(0).max(3_650);
export const httpsUrl = z
  .string()
  .max(2_048)
  .refine((v) => httpsHost(v) !== null, 'Must be an absolute https URL');
export const domainEntry = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isDomainEntry, 'Must be a hostname such as app.example.com, or *.example.com for every subdomain');
export const domainList = z.array(domainEntry).max(50);
export const countryCode = z
  .string()
  .refine((v) => COUNTRY_CODES.has(v), 'Must be an ISO 3166-1 alpha-2 code in upper case, such as US');
export const countryList = z.array(countryCode).max(300);
export const currencyCode = z
  .string()
  .refine((v) => CURRENCY_CODES.has(v), 'Must be an ISO 4217 code in upper case, such as USD');

/** A program's money-back window as views show it (the programs input schema bounds it). */
export const cancelVoidsWithinDaysView = z
  .number()
  .int()
  .nullable()
  .describe(
    'A cancellation within this many days of the sale voids its commission (a money-back guarantee); null: a cancellation only ends recurring commissions',
  );
