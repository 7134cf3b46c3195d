/** The query parameter a landing page gets the click id under when its URL places no {click_id}. */
export const DEFAULT_CLICK_ID_PARAM = 'aff_click';

/** A click id parameter name: safe in a query as written, never needing encoding. */
export const CLICK_ID_PARAM_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;
