/**
 * The limits of a link-builder link, shared by the API's request schema and the dashboard's form, which
 * checks them without zod (a second zod build on the dashboard would grow the login page's shared chunks).
 */
export const LINK_VALUE_MAX = 200;
export const LINK_PARAMS_MAX = 20;
/** A custom parameter's name; `utm_*` names are set through the UTM fields instead. */
export const LINK_PARAM_KEY = /^[a-zA-Z0-9_-]{1,40}$/;
/** The {slug} of /r/{slug}. */
export const LINK_SLUG = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

export const isUtmKeyName = (key: string): boolean => key.toLowerCase().startsWith('utm_');
