import type { Click } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { CsvRow } from '../../domain/csv';
import { landingHost } from '../../domain/landing-host';
import { streamPages } from '../streamed-pages';
import { type Audience, audienceScope } from '../access';
import type { ClickFilters } from './click-filters';
import { type CsvExport, csvExport, isoCell, rangeFileName, mapRows } from '../csv-export';
import { type ClickRow, clickKey, readClicks } from './read-clicks';
import { timeRange } from '../time-range';
import { SUB_KEYS } from '../../contracts/sub-keys';

const subCells = (c: Click) => SUB_KEYS.map((s) => c[s]);

// An affiliate sees its traffic as an affiliate product shows it; never the visitor's IP, user
// agent or the advertiser's full landing URL.
const AFFILIATE_HEADER = [
  'click_id',
  'clicked_at',
  'program_id',
  'program',
  'link_id',
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
const affiliateRow = ({ click: c, programName }: ClickRow): CsvRow => [
  c.id,
  isoCell(c.clickedAt),
  c.programId,
  programName,
  c.linkId,
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
  'program_id',
  'program',
  'affiliate_id',
  'enrollment_id',
  'link_id',
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
const advertiserRow = ({ click: c, programName }: ClickRow): CsvRow => [
  c.id,
  isoCell(c.clickedAt),
  c.appId,
  c.programId,
  programName,
  c.affiliateId,
  c.enrollmentId,
  c.linkId,
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
 * downloads. Scope and range are checked before the first byte, so bad input is still a 400.
 */
export async function exportClicks({
  ctx,
  input,
}: ServiceCall<ClickFilters & { audience: Audience }>): Promise<CsvExport> {
  const scope = audienceScope(ctx, input.audience, input.organizationId);
  const query = { scope, filters: input, range: timeRange(input, ctx.now) };
  const rows = streamPages(ctx, (db, after, limit) => readClicks(db, query, after, limit), clickKey);
  const filename = rangeFileName('clicks', query.range);
  if (input.audience === 'affiliate') return csvExport(filename, AFFILIATE_HEADER, mapRows(rows, affiliateRow));
  if (input.audience === 'advertiser') return csvExport(filename, ADVERTISER_HEADER, mapRows(rows, advertiserRow));
  return csvExport(
    filename,
    ['organization_id', ...ADVERTISER_HEADER],
    mapRows(rows, (r) => [r.click.organizationId, ...advertiserRow(r)]),
  );
}
