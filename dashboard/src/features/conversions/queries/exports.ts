import { api } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema.gen';
import { viewerTimeZone } from '@/lib/viewer-time-zone';

type Query<P extends keyof paths> = NonNullable<
  paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never
>;
export type OrgConversionsExportQuery = Omit<Query<'/orgs/{orgId}/exports/conversions.csv'>, 'tz'>;
export type OrgCommissionsExportQuery = Omit<Query<'/orgs/{orgId}/exports/commissions.csv'>, 'tz'>;
export type MyConversionsExportQuery = Omit<Query<'/affiliate/orgs/{orgId}/exports/conversions.csv'>, 'tz'>;
export type MyCommissionsExportQuery = Omit<Query<'/affiliate/orgs/{orgId}/exports/commissions.csv'>, 'tz'>;
export type CustomersExportQuery = Omit<Query<'/orgs/{orgId}/exports/customers.csv'>, 'tz'>;
export type MyCustomersExportQuery = Omit<Query<'/affiliate/orgs/{orgId}/exports/customers.csv'>, 'tz'>;

const blob = ({ data, error, response }: { data?: unknown; error?: unknown; response: Response }) => ({
  blob: data as Blob | undefined,
  error,
  response,
});

// Each export is read through the client so the access token stays in a header, in the viewer's time zone.

export const downloadOrgConversionsCsv = async (orgId: string, query: OrgConversionsExportQuery) =>
  blob(
    await api.GET('/orgs/{orgId}/exports/conversions.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );

export const downloadOrgCommissionsCsv = async (orgId: string, query: OrgCommissionsExportQuery) =>
  blob(
    await api.GET('/orgs/{orgId}/exports/commissions.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );

export const downloadMyConversionsCsv = async (orgId: string, query: MyConversionsExportQuery) =>
  blob(
    await api.GET('/affiliate/orgs/{orgId}/exports/conversions.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );

export const downloadMyCommissionsCsv = async (orgId: string, query: MyCommissionsExportQuery) =>
  blob(
    await api.GET('/affiliate/orgs/{orgId}/exports/commissions.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );

export const downloadCustomersCsv = async (orgId: string, query: CustomersExportQuery) =>
  blob(
    await api.GET('/orgs/{orgId}/exports/customers.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );

export const downloadMyCustomersCsv = async (orgId: string, query: MyCustomersExportQuery) =>
  blob(
    await api.GET('/affiliate/orgs/{orgId}/exports/customers.csv', {
      params: { path: { orgId }, query: { ...query, tz: viewerTimeZone() } },
      parseAs: 'blob',
    }),
  );
