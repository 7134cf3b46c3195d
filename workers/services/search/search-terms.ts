import { isUuidv7 } from '../../contracts/ids';
import { containsPattern, prefixPattern } from '../like-pattern';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SearchTerms {
  /** The typed text, trimmed: compared whole with order ids and event ids. */
  exact: string;
  contains: string;
  prefix: string;
  /** The text when it is a whole id, lower-cased; ids are only ever matched whole. */
  id: string | null;
  /** The id when it is a UUIDv7, the only kind a click id is. */
  clickId: string | null;
}

/** One parse of the query for every search: patterns with wildcards escaped, and the id it may be. */
export function searchTerms(q: string): SearchTerms {
  const exact = q.trim();
  const id = UUID.test(exact) ? exact.toLowerCase() : null;
  return {
    exact,
    contains: containsPattern(exact),
    prefix: prefixPattern(exact),
    id,
    clickId: id && isUuidv7(id) ? id : null,
  };
}
