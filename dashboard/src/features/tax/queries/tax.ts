import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';
import { cursorPages } from '@/ui/paged-query';

export type MyTaxStatus = components['schemas']['MyTaxStatus'];
export type TaxForm = NonNullable<components['schemas']['TaxForm']>;
export type TaxFormInput = components['schemas']['TaxFormInput'];
export type MyVatId = components['schemas']['MyVatId'];
export type TaxSettings = components['schemas']['TaxSettings'];
export type TaxSettingsInput = components['schemas']['TaxSettingsInput'];
export type TaxRegisterRow = components['schemas']['TaxRegisterRow'];
export type SelfBillingInvoice = components['schemas']['SelfBillingInvoice'];
export type Form1099Year = components['schemas']['Form1099Year'];

const taxKeys = { all: ['tax'] as const };
const path = (orgId: string) => ({ params: { path: { orgId } } });
const PAGE = 50;

/** A file the API answered, fetched with the bearer header; DownloadButton saves it. */
type FileAnswer = { data?: unknown; error?: unknown; response: Response };
const asFile = ({ data, error, response }: FileAnswer) => ({ blob: data as Blob | undefined, error, response });

// The affiliate's side, in one advertiser's context.

export const myTaxStatusQueryOptions = (orgId: string) =>
  queryOptions({
    queryKey: [...taxKeys.all, 'mine', orgId, 'status'],
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/orgs/{orgId}/tax', { ...path(orgId), signal })),
  });
export const useMyTaxStatus = (orgId: string) => useQuery(myTaxStatusQueryOptions(orgId));

export const useSubmitTaxForm = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TaxFormInput) => unwrap(api.POST('/affiliate/orgs/{orgId}/tax/forms', { ...path(orgId), body })),
    onSuccess: () => client.invalidateQueries({ queryKey: [...taxKeys.all, 'mine'] }),
  });
};

export const useMyVatId = () =>
  useQuery({
    queryKey: [...taxKeys.all, 'mine', 'vat-id'],
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/vat-id', { signal })),
  });

export const useSetMyVatId = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vatId: string | null) => unwrap(api.PUT('/affiliate/vat-id', { body: { vatId } })),
    onSuccess: (data) => client.setQueryData([...taxKeys.all, 'mine', 'vat-id'], data),
  });
};

export const useMyForm1099s = (orgId: string) =>
  useQuery({
    queryKey: [...taxKeys.all, 'mine', orgId, '1099'],
    queryFn: ({ signal }) => unwrap(api.GET('/affiliate/orgs/{orgId}/tax/1099', { ...path(orgId), signal })),
  });

export const useMyInvoices = (orgId: string) =>
  useInfiniteQuery({
    queryKey: [...taxKeys.all, 'mine', orgId, 'invoices'],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/affiliate/orgs/{orgId}/tax/invoices', {
          params: { path: { orgId }, query: { limit: PAGE, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const downloadMyTaxForm = async (orgId: string, formId: string) =>
  asFile(
    await api.GET('/affiliate/orgs/{orgId}/tax/forms/{formId}/pdf', {
      params: { path: { orgId, formId } },
      parseAs: 'blob',
    }),
  );

export const downloadMyForm1099 = async (orgId: string, year: number) =>
  asFile(
    await api.GET('/affiliate/orgs/{orgId}/tax/1099/{year}/pdf', {
      params: { path: { orgId, year } },
      parseAs: 'blob',
    }),
  );

export const downloadMyInvoice = async (orgId: string, invoiceId: string) =>
  asFile(
    await api.GET('/affiliate/orgs/{orgId}/tax/invoices/{invoiceId}/pdf', {
      params: { path: { orgId, invoiceId } },
      parseAs: 'blob',
    }),
  );

// Finance's side.

const settingsKey = (orgId: string) => [...taxKeys.all, 'org', orgId, 'settings'];

export const useTaxSettings = (orgId: string) =>
  useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) => unwrap(api.GET('/orgs/{orgId}/tax/settings', { ...path(orgId), signal })),
  });

export const useSetTaxSettings = (orgId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TaxSettingsInput) => unwrap(api.PUT('/orgs/{orgId}/tax/settings', { ...path(orgId), body })),
    onSuccess: (data) => {
      client.setQueryData(settingsKey(orgId), data);
      void client.invalidateQueries({ queryKey: [...taxKeys.all, 'org', orgId, '1099'] });
    },
  });
};

export const useTaxRegister = (orgId: string, missing: boolean, enabled = true) =>
  useInfiniteQuery({
    enabled,
    queryKey: [...taxKeys.all, 'org', orgId, 'register', missing],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/tax/forms', {
          params: { path: { orgId }, query: { limit: PAGE, cursor: pageParam, missing: missing ? 'true' : 'false' } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const useInvoices = (orgId: string) =>
  useInfiniteQuery({
    queryKey: [...taxKeys.all, 'org', orgId, 'invoices'],
    queryFn: ({ pageParam, signal }) =>
      unwrap(
        api.GET('/orgs/{orgId}/tax/invoices', {
          params: { path: { orgId }, query: { limit: PAGE, cursor: pageParam } },
          signal,
        }),
      ),
    ...cursorPages,
  });

export const useForm1099Year = (orgId: string, year: number) =>
  useQuery({
    queryKey: [...taxKeys.all, 'org', orgId, '1099', year],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/orgs/{orgId}/tax/1099/{year}', { params: { path: { orgId, year } }, signal })),
  });

export const useSendForm1099Emails = (orgId: string) =>
  useMutation({
    mutationFn: (year: number) =>
      unwrap(api.POST('/orgs/{orgId}/tax/1099/{year}/emails', { params: { path: { orgId, year } } })),
  });

export const downloadTaxForm = async (orgId: string, formId: string) =>
  asFile(
    await api.GET('/orgs/{orgId}/tax/forms/{formId}/pdf', { params: { path: { orgId, formId } }, parseAs: 'blob' }),
  );

export const downloadForm1099Csv = async (orgId: string, year: number) =>
  asFile(
    await api.GET('/orgs/{orgId}/tax/1099/{year}/export.csv', { params: { path: { orgId, year } }, parseAs: 'blob' }),
  );

export const downloadForm1099Pdf = async (orgId: string, year: number, affiliateId: string) =>
  asFile(
    await api.GET('/orgs/{orgId}/tax/1099/{year}/payees/{affiliateId}/pdf', {
      params: { path: { orgId, year, affiliateId } },
      parseAs: 'blob',
    }),
  );

export const downloadInvoice = async (orgId: string, invoiceId: string) =>
  asFile(
    await api.GET('/orgs/{orgId}/tax/invoices/{invoiceId}/pdf', {
      params: { path: { orgId, invoiceId } },
      parseAs: 'blob',
    }),
  );
