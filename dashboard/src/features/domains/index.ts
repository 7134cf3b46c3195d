export { DnsRecords } from './dns-records';
export { DomainsPage } from './domains-page';
export { useOrgDomains } from './queries/org-domains';
