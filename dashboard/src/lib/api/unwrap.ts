import { ApiError, toApiError } from './api-error';

type FetchResult<Data, Error> = { data?: Data; error?: Error; response: Response };

/**
 * Awaits an openapi-fetch call and answers its data, or throws an ApiError: query functions stay one-liners,
 * e.g. `queryFn: () => unwrap(api.GET('/me'))`.
 */
export async function unwrap<Data, Error>(call: Promise<FetchResult<Data, Error>>): Promise<Data> {
  const { data, error, response } = await settle(call);
  if (error !== undefined || !response.ok) throw toApiError(response, error);
  return data as Data;
}

/**
 * Like unwrap, but statuses listed in `accept` are regular answers whose body is returned too
 * (e.g. 503 from a degraded health check carries the same body).
 */
export async function unwrapAccepting<Data, Error>(
  call: Promise<FetchResult<Data, Error>>,
  accept: readonly number[],
): Promise<Data | Error> {
  const { data, error, response } = await settle(call);
  if (accept.includes(response.status)) return (data ?? error) as Data | Error;
  if (error !== undefined || !response.ok) throw toApiError(response, error);
  return data as Data;
}

async function settle<Data, Error>(call: Promise<FetchResult<Data, Error>>): Promise<FetchResult<Data, Error>> {
  try {
    return await call;
  } catch (cause) {
    // An abort is TanStack Query cancelling a stale request, not a failure to show.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      { status: null, code: 'network_error', message: 'The API could not be reached', requestId: null },
      { cause },
    );
  }
}
