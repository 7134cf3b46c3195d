/** The parts of a request's URL the edge routes and redirects by. */
export interface RequestUrl {
  href: string;
  /** scheme://host[:port], as URL.origin gives it for http(s). */
  origin: string;
  /** Lower-cased by the runtime's serializer; IPv6 in brackets, as URL.hostname gives it. */
  hostname: string;
  pathname: string;
  /** '' or '?…', as URL.search gives it. */
  search: string;
}
