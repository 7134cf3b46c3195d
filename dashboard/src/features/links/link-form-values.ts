import { isUtmKeyName, LINK_PARAM_KEY, LINK_PARAMS_MAX, LINK_SLUG, LINK_VALUE_MAX } from '@domain/link-rules';
import { httpsHost } from '@domain/program-rules';
import { safeTarget } from '@domain/safe-redirect';
import type { CreateLink, Link } from './queries/links';

export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
type UtmKey = (typeof UTM_KEYS)[number];

/** The builder's fields: every input a string, custom parameters as editable rows. */
export type LinkFormValues = {
  enrollmentId: string;
  name: string;
  landingUrl: string;
  utm: Record<UtmKey, string>;
  params: { key: string; value: string }[];
  slug: string;
};

export function emptyLinkForm(enrollmentId: string, landingUrl: string): LinkFormValues {
  return {
    enrollmentId,
    name: '',
    landingUrl,
    utm: { source: '', medium: '', campaign: '', term: '', content: '' },
    params: [],
    slug: '',
  };
}

export function linkToForm(link: Link): LinkFormValues {
  return {
    enrollmentId: link.enrollmentId,
    name: link.name,
    landingUrl: link.landingUrl,
    utm: Object.fromEntries(UTM_KEYS.map((key) => [key, link.utm[key] ?? ''])) as Record<UtmKey, string>,
    params: Object.entries(link.params).map(([key, value]) => ({ key, value })),
    slug: link.slug,
  };
}

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** The API body: blank optional fields are left out (the API generates a slug, uses the program's landing URL). */
export function formToBody(values: LinkFormValues): CreateLink {
  return {
    enrollmentId: values.enrollmentId,
    name: values.name.trim(),
    landingUrl: orUndefined(values.landingUrl),
    utm: Object.fromEntries(UTM_KEYS.flatMap((key) => (values.utm[key].trim() ? [[key, values.utm[key].trim()]] : []))),
    params: Object.fromEntries(values.params.filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value])),
    slug: orUndefined(values.slug),
  };
}

/** Which field an API schema issue belongs to; its English message is replaced by a translated one per field. */
export type LinkFieldError = 'enrollmentId' | 'name' | 'landingUrl' | 'domain' | `utm.${UtmKey}` | 'params' | 'slug';

/**
 * The API's rules for a link (workers/domain/link-rules.ts, which its request schema uses too) plus the program's
 * allowed domains, checked the way the tracker checks redirects: the form refuses what the API would refuse.
 */
export function validateLinkForm(values: LinkFormValues, allowedDomains: readonly string[]) {
  const errors: Partial<Record<string, LinkFieldError>> = {};
  const tooLong = (value: string) => value.trim().length > LINK_VALUE_MAX;
  if (!values.enrollmentId) errors.enrollmentId = 'enrollmentId';
  if (!values.name.trim() || tooLong(values.name)) errors.name = 'name';
  const landing = values.landingUrl.trim();
  if (landing && httpsHost(landing) === null) errors.landingUrl = 'landingUrl';
  else if (landing && !safeTarget(landing, allowedDomains)) errors.landingUrl = 'domain';
  for (const key of UTM_KEYS) if (tooLong(values.utm[key])) errors[`utm.${key}`] = `utm.${key}`;
  const params = values.params.filter((row) => row.key.trim() || row.value);
  const badParam = params.some(
    (row) => !LINK_PARAM_KEY.test(row.key.trim()) || isUtmKeyName(row.key.trim()) || row.value.length > LINK_VALUE_MAX,
  );
  if (badParam || params.length > LINK_PARAMS_MAX) errors.params = 'params';
  if (values.slug.trim() && !LINK_SLUG.test(values.slug.trim())) errors.slug = 'slug';
  return errors;
}
