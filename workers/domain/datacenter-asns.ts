/**
 * Autonomous systems of major hosting and cloud providers: a click from one of them comes from a
 * server, not a shopper's device, so its conversion is flagged `datacenter_ip` for review.
 *
 * A short, well-known list, not an exhaustive one: it catches the common cheap sources of scripted
 * traffic without a paid IP-intelligence feed. Flags only send a conversion to review, so a miss
 * costs a check, not money; extend it here when review finds a new source.
 */
export const DATACENTER_ASNS: ReadonlyMap<number, string> = new Map([
  [16509, 'Amazon Web Services'],
  [14618, 'Amazon Web Services'],
  [396982, 'Google Cloud'],
  [15169, 'Google'],
  [19527, 'Google'],
  [8075, 'Microsoft Azure'],
  [14061, 'DigitalOcean'],
  [16276, 'OVH'],
  [24940, 'Hetzner'],
  [63949, 'Linode (Akamai)'],
  [20473, 'Vultr (Choopa)'],
  [31898, 'Oracle Cloud'],
  [45102, 'Alibaba Cloud'],
  [12876, 'Scaleway'],
  [51167, 'Contabo'],
  [60781, 'Leaseweb'],
]);
