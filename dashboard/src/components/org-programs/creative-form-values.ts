import { httpsHost } from '@domain/program-rules';
import { safeTarget } from '@domain/safe-redirect';
import type { CreateCreative, OrgCreative, UpdateCreative } from '@/queries/org-creatives';

export type CreativeFormValues = {
  kind: 'banner' | 'text_link';
  name: string;
  /** A banner's image: a file uploaded here, or a link to an image elsewhere. */
  imageSource: 'upload' | 'link';
  imageUrl: string;
  /** The key of an image uploaded in this dialog; empty: none yet (an edited banner keeps its own). */
  imageKey: string;
  /** Where the uploaded image is served (the new upload's, or the edited banner's own), to show it. */
  uploadedUrl: string;
  width: number | string;
  height: number | string;
  body: string;
  targetUrl: string;
};

export const emptyCreativeForm = (): CreativeFormValues => ({
  kind: 'banner',
  name: '',
  imageSource: 'upload',
  imageUrl: '',
  imageKey: '',
  uploadedUrl: '',
  width: 468,
  height: 60,
  body: '',
  targetUrl: '',
});

export const creativeToForm = (c: OrgCreative): CreativeFormValues => ({
  kind: c.kind,
  name: c.name,
  imageSource: c.uploaded ? 'upload' : 'link',
  imageUrl: c.uploaded ? '' : (c.imageUrl ?? ''),
  imageKey: '',
  uploadedUrl: c.uploaded ? (c.imageUrl ?? '') : '',
  width: c.width ?? '',
  height: c.height ?? '',
  body: c.body ?? '',
  targetUrl: c.targetUrl ?? '',
});

const targetOf = (v: CreativeFormValues) => (v.targetUrl.trim() ? v.targetUrl.trim() : null);

/** The image fields to send: a new upload's key, a link, or nothing (the edited banner keeps its upload). */
const imageOf = (v: CreativeFormValues): { imageKey: string } | { imageUrl: string } | Record<string, never> =>
  v.imageSource === 'link' ? { imageUrl: v.imageUrl.trim() } : v.imageKey ? { imageKey: v.imageKey } : {};

export function formToCreateCreative(v: CreativeFormValues): CreateCreative {
  if (v.kind === 'text_link')
    return { kind: 'text_link', name: v.name.trim(), body: v.body.trim(), targetUrl: targetOf(v) };
  return {
    kind: 'banner',
    name: v.name.trim(),
    ...imageOf(v),
    width: Number(v.width),
    height: Number(v.height),
    targetUrl: targetOf(v),
  };
}

export function formToUpdateCreative(v: CreativeFormValues): UpdateCreative {
  if (v.kind === 'text_link') return { name: v.name.trim(), body: v.body.trim(), targetUrl: targetOf(v) };
  return {
    name: v.name.trim(),
    ...imageOf(v),
    width: Number(v.width),
    height: Number(v.height),
    targetUrl: targetOf(v),
  };
}

const size = (value: number | string) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 10_000;

type FormError = 'name' | 'url' | 'size' | 'body' | 'urlDomain' | 'upload';

/** The creative schema's rules, and the target on the program's allowed domains as the API checks it. */
export function validateCreativeForm(v: CreativeFormValues, allowedDomains: readonly string[]) {
  const errors: Partial<Record<string, FormError>> = {};
  if (!v.name.trim() || v.name.trim().length > 200) errors.name = 'name';
  if (v.kind === 'banner') {
    if (v.imageSource === 'link' && httpsHost(v.imageUrl.trim()) === null) errors.imageUrl = 'url';
    if (v.imageSource === 'upload' && !v.uploadedUrl) errors.imageKey = 'upload';
    if (!size(v.width)) errors.width = 'size';
    if (!size(v.height)) errors.height = 'size';
  } else if (!v.body.trim() || v.body.trim().length > 2_000) errors.body = 'body';
  const target = v.targetUrl.trim();
  if (target && httpsHost(target) === null) errors.targetUrl = 'url';
  else if (target && !safeTarget(target, allowedDomains)) errors.targetUrl = 'urlDomain';
  return errors;
}
