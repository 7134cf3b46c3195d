import { httpsHost } from '@domain/program-rules';
import { safeTarget } from '@domain/safe-redirect';
import type { CreateCreative, OrgCreative, UpdateCreative } from './queries/org-creatives';

export type CreativeFormValues = {
  kind: 'banner' | 'text_link' | 'template';
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
  category: string;
  /** A template's SVG source. */
  template: string;
  /** A template's sizes as typed: "300x250, 728x90". */
  sizes: string;
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
  category: '',
  template: '',
  sizes: '300x250',
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
  category: c.category ?? '',
  template: c.template ?? '',
  sizes: c.kind === 'template' ? c.sizes.map((s) => `${s.width}x${s.height}`).join(', ') : '300x250',
});

const SIZE = /^([1-9][0-9]{0,4})\s*[x×]\s*([1-9][0-9]{0,4})$/i;

/** "300x250, 728x90" as sizes; null when a part is not WIDTHxHEIGHT within 1–10,000 or there are none. */
export function parseSizes(text: string): { width: number; height: number }[] | null {
  const parts = text
    .replace(/\s*[x×]\s*/gi, 'x')
    .split(/[,;\s]+/)
    .filter(Boolean);
  const sizes = parts.map((p) => SIZE.exec(p)).map((m) => (m ? { width: Number(m[1]), height: Number(m[2]) } : null));
  if (sizes.length === 0 || sizes.length > 12 || sizes.some((s) => !s || s.width > 10_000 || s.height > 10_000))
    return null;
  return sizes as { width: number; height: number }[];
}

const targetOf = (v: CreativeFormValues) => (v.targetUrl.trim() ? v.targetUrl.trim() : null);
const categoryOf = (v: CreativeFormValues) => (v.category.trim() ? v.category.trim() : null);

/** The image fields to send: a new upload's key, a link, or nothing (the edited banner keeps its upload). */
const imageOf = (v: CreativeFormValues): { imageKey: string } | { imageUrl: string } | Record<string, never> =>
  v.imageSource === 'link' ? { imageUrl: v.imageUrl.trim() } : v.imageKey ? { imageKey: v.imageKey } : {};

export function formToCreateCreative(v: CreativeFormValues): CreateCreative {
  const common = { name: v.name.trim(), targetUrl: targetOf(v), category: categoryOf(v) };
  if (v.kind === 'text_link') return { kind: 'text_link', ...common, body: v.body.trim() };
  if (v.kind === 'template')
    return { kind: 'template', ...common, template: v.template, sizes: parseSizes(v.sizes) ?? [] };
  return { kind: 'banner', ...common, ...imageOf(v), width: Number(v.width), height: Number(v.height) };
}

export function formToUpdateCreative(v: CreativeFormValues): UpdateCreative {
  const common = { name: v.name.trim(), targetUrl: targetOf(v), category: categoryOf(v) };
  if (v.kind === 'text_link') return { ...common, body: v.body.trim() };
  if (v.kind === 'template') return { ...common, template: v.template, sizes: parseSizes(v.sizes) ?? [] };
  return { ...common, ...imageOf(v), width: Number(v.width), height: Number(v.height) };
}

const size = (value: number | string) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 10_000;

type FormError = 'name' | 'url' | 'size' | 'body' | 'urlDomain' | 'upload' | 'template' | 'sizes' | 'category';

/** The creative schema's rules, and the target on the program's allowed domains as the API checks it. */
export function validateCreativeForm(v: CreativeFormValues, allowedDomains: readonly string[]) {
  const errors: Partial<Record<string, FormError>> = {};
  if (!v.name.trim() || v.name.trim().length > 200) errors.name = 'name';
  if (v.kind === 'banner') {
    if (v.imageSource === 'link' && httpsHost(v.imageUrl.trim()) === null) errors.imageUrl = 'url';
    if (v.imageSource === 'upload' && !v.uploadedUrl) errors.imageKey = 'upload';
    if (!size(v.width)) errors.width = 'size';
    if (!size(v.height)) errors.height = 'size';
  } else if (v.kind === 'template') {
    if (!v.template.trim().startsWith('<') || v.template.length > 200_000) errors.template = 'template';
    if (!parseSizes(v.sizes)) errors.sizes = 'sizes';
  } else if (!v.body.trim() || v.body.trim().length > 2_000) errors.body = 'body';
  if (v.category.trim().length > 60) errors.category = 'category';
  const target = v.targetUrl.trim();
  if (target && httpsHost(target) === null) errors.targetUrl = 'url';
  else if (target && !safeTarget(target, allowedDomains)) errors.targetUrl = 'urlDomain';
  return errors;
}
