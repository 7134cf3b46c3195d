import { z } from '@hono/zod-openapi';
import { CustomDomainPurpose, CustomDomainStatus, CustomDomainUse } from '../../../schema/enums';
import { declareErrorResponses } from '../openapi-errors';
import type { CustomDomain } from '../../services/domains';
import { idParam, iso, isoOrNull, timestamp } from '../shared/schemas';

/** Domain operations may also meet the plan's limit (402) and a Cloudflare that does not answer (503). */
export const domainErrorResponses = declareErrorResponses(400, 401, 402, 403, 404, 409, 413, 415, 503);

export const domainParams = z.object({ orgId: idParam('orgId'), domainId: idParam('domainId') });

export const dnsRecord = z
  .object({
    type: z.enum(['CNAME', 'TXT']),
    name: z.string(),
    value: z.string(),
    purpose: z
      .string()
      .describe(
        'routing (points the hostname at us), ownership (proves it is yours) or certificate (lets the TLS certificate be issued)',
      ),
  })
  .openapi('DnsRecord');

export const domain = z
  .object({
    id: z.uuid(),
    hostname: z.string(),
    purpose: z
      .enum(CustomDomainUse)
      .describe('tracking (links), portal (white-label dashboard) or both; edition hosts are listed with their editions'),
    status: z
      .enum(CustomDomainStatus)
      .describe('pending until Cloudflare reports the hostname and its certificate active; failed with a reason'),
    hostnameStatus: z.string().nullable().describe("Cloudflare's hostname status as last read"),
    sslStatus: z.string().nullable().describe("Cloudflare's certificate status as last read"),
    records: z.array(dnsRecord).describe('The DNS records to add at your DNS provider'),
    failureReason: z.string().nullable(),
    checkedAt: timestamp.nullable(),
    activatedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('CustomDomain');

export const domainList = z.object({ items: z.array(domain) }).openapi('CustomDomainList');

export const addDomainBody = z
  .strictObject({
    hostname: z
      .string()
      .trim()
      .min(1)
      .max(253)
      .describe(
        'A subdomain of a domain you own, e.g. go.example.com; not a root domain (example.com, example.co.uk), not an IP address, not localhost, not one of ours',
      ),
    purpose: z.enum(CustomDomainPurpose).default('tracking'),
  })
  .openapi('AddCustomDomain');

export const domainView = (row: CustomDomain): z.infer<typeof domain> => ({
  id: row.id,
  hostname: row.hostname,
  purpose: row.purpose,
  status: row.status,
  hostnameStatus: row.hostnameStatus,
  sslStatus: row.sslStatus,
  records: row.records,
  failureReason: row.failureReason,
  checkedAt: isoOrNull(row.checkedAt),
  activatedAt: isoOrNull(row.activatedAt),
  createdAt: iso(row.createdAt),
});
