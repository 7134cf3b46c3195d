import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { components } from '@/lib/api/schema.gen';
import { unwrap } from '@/lib/api/unwrap';

export type Form1099ThresholdList = components['schemas']['Form1099ThresholdList'];
export type Form1099ThresholdRow = Form1099ThresholdList['items'][number];

export const form1099ThresholdKeys = { all: ['form-1099-thresholds'] as const };

export const form1099ThresholdsQueryOptions = queryOptions({
  queryKey: form1099ThresholdKeys.all,
  queryFn: ({ signal }) => unwrap(api.GET('/platform/form-1099-thresholds', { signal })),
});

export const useForm1099Thresholds = () => useQuery(form1099ThresholdsQueryOptions);

/** Platform admins set a year's threshold (2027 on); every 1099 page of that year reads it next time. */
export function useSetForm1099Threshold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, amountMinor }: { year: number; amountMinor: number }) =>
      unwrap(api.PUT('/platform/form-1099-thresholds/{year}', { params: { path: { year } }, body: { amountMinor } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: form1099ThresholdKeys.all }),
  });
}
