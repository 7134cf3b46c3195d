import { httpsHost } from '../../../../workers/domain/program-rules';
import { safeTarget } from '../../../../workers/domain/safe-redirect';
import type { CreateCreative, OrgCreative, UpdateCreative } from '../../queries/org-creatives';

export type CreativeFormValues = {
  kind: 'banner' | 'text_link';
  name: string;
  imageUrl: string;
  width: number | string;
  height: number | string;
  body: string;
  targetUrl: string;
};

export const emptyCreativeForm = (): CreativeFormValues => ({
  kind: 'banner',
  name: '',
  imageUrl: '',
  width: 468,
  height: 60,
  body: '',
  targetUrl: '',
});

export const creativeToForm = (c: OrgCreative): CreativeFormValues => ({
  kind: c.kind,
  name: c.name,
  imageUrl: c.imageUrl ?? '',
  width: c.width ?? '',
  height: c.height ?? '',
  body: c.body ?? '',
  targetUrl: c.targetUrl ?? '',
});

const targetOf = (v: CreativeFormValues) => (v.targetUrl.trim() ? v.targetUrl.trim() : null);

export function formToCreateCreative(v: CreativeFormValues): CreateCreative {
  if (v.kind === 'text_link')
    return { kind: 'text_link', name: v.name.trim(), body: v.body.trim(), targetUrl: targetOf(v) };
  return {
    kind: 'banner',
    name: v.name.trim(),
    imageUrl: v.imageUrl.trim(),
    width: Number(v.width),
    height: Number(v.height),
    targetUrl: targetOf(v),
  };
}

export function formToUpdateCreative(v: CreativeFormValues): UpdateCreative {
  const { kind: _, ...changes } = formToCreateCreative(v);
  return changes;
}

const size = (value: number | string) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 10_000;

/** The creative schema's rules, and the target on the program's allowed domains as the API checks it. */
export function validateCreativeForm(v: CreativeFormValues, allowedDomains: readonly string[]) {
  const errors: Partial<Record<string, 'name' | 'url' | 'size' | 'body' | 'urlDomain'>> = {};
  if (!v.name.trim() || v.name.trim().length > 200) errors.name = 'name';
  if (v.kind === 'banner') {
    if (httpsHost(v.imageUrl.trim()) === null) errors.imageUrl = 'url';
    if (!size(v.width)) errors.width = 'size';
    if (!size(v.height)) errors.height = 'size';
  } else if (!v.body.trim() || v.body.trim().length > 2_000) errors.body = 'body';
  const target = v.targetUrl.trim();
  if (target && httpsHost(target) === null) errors.targetUrl = 'url';
  else if (target && !safeTarget(target, allowedDomains)) errors.targetUrl = 'urlDomain';
  return errors;
}
