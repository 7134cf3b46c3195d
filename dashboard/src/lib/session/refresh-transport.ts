/** Asks the API to keep the refresh token in the HttpOnly `ae_refresh` cookie instead of the JSON body. */
export const REFRESH_TRANSPORT_HEADERS = { 'X-Refresh-Transport': 'cookie' } as const;
