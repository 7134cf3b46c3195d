import type { Click } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { CsvRow } from '../../domain/csv';
import { landingHost } from '../../domain/landing-host';
import type { ClickFilters } from './click-filters';
import { type AudienceRequest, audienceCsv } from './audience-csv';
import { type CsvExport, timeCell } from '../csv-export';
import { type EntityNames, nameOf } from '../entity-names';
import { type ClickRow, clickKey, readClicks } from './read-clicks';
import { SUB_KEYS } from '../../contracts/sub-keys';

const subCells = (c: Click) => SUB_KEYS.map((s) => c[s]);

// An affiliate sees its traffic as an affiliate product shows it; never the visitor's IP, user
// agent or the advertiser's full landing URL. Its own link is named; no other affiliate appears.
const AFFILIATE_HEADER = [
  'click_id',
  'clicked_at',
  'program_id',
  'program',
  'link_id',
  'link',
  'country',
  'device_type',
  'os',
  'browser',
  ...SUB_KEYS,
  'status',
  'reject_reason',
  'unique',
  'landing_host',
];
const affiliateRow = (c: Click, names: EntityNames, tz: string): CsvRow => [
  c.id,
  timeCell(c.clickedAt, tz),
  c.programId,
  nameOf(names, 'program', c.programId),
  c.linkId,
  nameOf(names, 'link', c.linkId),
  c.country,
  c.deviceType,
  c.os,
  c.browser,
  ...subCells(c),
  c.status,
  c.rejectReason,
  c.isUnique ? 'true' : 'false',
  landingHost(c.landingUrl),
];

const ADVERTISER_HEADER = [
  'click_id',
  'clicked_at',
  'app_id',
  'app',
  'program_id',
  'program',
  'affiliate_id',
  'affiliate',
  'enrollment_id',
  'link_id',
  'link',
  'link_form',
  'code',
  'country',
  'region',
  'city',
  'device_type',
  'os',
  'browser',
  'ip',
  'user_agent',
  'referrer',
  ...SUB_KEYS,
  'status',
  'reject_reason',
  'unique',
  'bot',
  'landing_url',
];
const advertiserRow = (c: Click, names: EntityNames, tz: string): CsvRow => [
  c.id,
  timeCell(c.clickedAt, tz),
  c.appId,
  nameOf(names, 'app', c.appId),
  c.programId,
  nameOf(names, 'program', c.programId),
  c.affiliateId,
  nameOf(names, 'affiliate', c.affiliateId),
  c.enrollmentId,
  c.linkId,
  nameOf(names, 'link', c.linkId),
  c.linkForm,
  c.code,
  c.country,
  c.region,
  c.city,
  c.deviceType,
  c.os,
  c.browser,
  c.ip,
  c.userAgent,
  c.referrer,
  ...subCells(c),
  c.status,
  c.rejectReason,
  c.isUnique ? 'true' : 'false',
  c.isBot ? 'true' : 'false',
  c.landingUrl,
];

/**
 * The click log as CSV, newest first, with the list's filters; read page by page while the client
 * downloads. Scope and range are checked before the first byte, so bad input is still a 400. Times are
 * on the clock of `tz` (UTC without it), and each id has its name beside it.
 */
export async function exportClicks({ ctx, input }: ServiceCall<ClickFilters & AudienceRequest>): Promise<CsvExport> {
  return audienceCsv({
    ctx,
    input: {
      request: input,
      what: 'clicks',
      read:
        ({ scope, range }) =>
        (db, after: ReturnType<typeof clickKey> | undefined, limit) =>
          readClicks({ ctx: { ...ctx, db }, input: { query: { scope, filters: input, range }, after, limit } }),
      idsOf: (rows: ClickRow[], affiliate) => ({
        program: rows.map((r) => r.click.programId),
        link: rows.map((r) => r.click.linkId),
        ...(affiliate
          ? {}
          : {
              app: rows.map((r) => r.click.appId),
              affiliate: rows.map((r) => r.click.affiliateId),
              organization: rows.map((r) => r.click.organizationId),
            }),
      }),
      keyOf: clickKey,
      affiliate: { header: AFFILIATE_HEADER, row: (row, names, tz) => affiliateRow(row.click, names, tz) },
      advertiser: { header: ADVERTISER_HEADER, row: (row, names, tz) => advertiserRow(row.click, names, tz) },
      organizationOf: (row) => row.click.organizationId,
    },
  });
}
