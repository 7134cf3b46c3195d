/** What a search hit is; the dashboard turns the kind and params into a page of its own. */
export const SEARCH_HIT_KINDS = ['organization', 'app', 'program', 'affiliate', 'link', 'conversion', 'click'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** The route params of the hit's page, named as the dashboard's routes name them. */
export interface SearchHitParams {
  orgId: string;
  appId?: string;
  programId?: string;
  enrollmentId?: string;
  linkId?: string;
  conversionId?: string;
  clickId?: string;
  affiliateId?: string;
}

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  label: string;
  sublabel: string | null;
  params: SearchHitParams;
}

/** Hits of each kind at most, so one kind never crowds out the others; about 20 in all. */
export const HITS_PER_KIND = 4;
