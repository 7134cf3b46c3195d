/** What the integration snippets are filled with; the key and secret only right after they were issued. */
export type SnippetValues = {
  /** This deployment's origin, e.g. https://track.example.com. */
  origin: string;
  apiKey: string | null;
  signingSecret: string | null;
};

const KEY_PLACEHOLDER = 'ae_live_…';
const SECRET_PLACEHOLDER = 'ae_sig_…';

const keyOf = (v: SnippetValues) => v.apiKey ?? KEY_PLACEHOLDER;
const secretOf = (v: SnippetValues) => v.signingSecret ?? SECRET_PLACEHOLDER;

/** The signed conversion API (POST /api/v1/conversions, X-AE-Signature: t=<unix>,v1=HMAC-SHA256("<t>.<body>")). */
export function curlSnippet(v: SnippetValues): string {
  return [
    `KEY='${keyOf(v)}'`,
    `SECRET='${secretOf(v)}'`,
    `BODY="{\\"event_id\\":\\"test-$(date +%s)\\",\\"type\\":\\"lead\\"}"`,
    'T=$(date +%s)',
    `SIG=$(printf '%s' "$T.$BODY" | openssl dgst -sha256 -hmac "$SECRET" | sed 's/^.* //')`,
    `curl -sS ${v.origin}/api/v1/conversions \\`,
    `  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \\`,
    `  -H "X-AE-Signature: t=$T,v1=$SIG" --data-binary "$BODY"`,
  ].join('\n');
}

/** The TypeScript SDK (@affiliate-edge/sdk): it signs, retries with the same event_id and types the answer. */
export function nodeSnippet(v: SnippetValues): string {
  // One template literal: the snippet's own template strings are escaped (\` and \${) to stay literal.
  return `import { createClient } from '@affiliate-edge/sdk';

const sdk = createClient({
  apiKey: '${keyOf(v)}',
  signingSecret: '${secretOf(v)}',
  baseUrl: '${v.origin}',
});

// A test lead. In your app: trackLead at sign-up, trackSale at each payment, with the visitor's click_id.
const outcome = await sdk.trackLead({ event_id: \`test-\${Date.now()}\` });
console.log(outcome.duplicate ? 'already recorded' : 'recorded', outcome.conversion.id);`;
}

/** The single-file Python client (sdk/python/affiliate_edge.py): the same signing and retries. */
export function pythonSnippet(v: SnippetValues): string {
  return [
    'import time',
    '',
    'from affiliate_edge import Client',
    '',
    'client = Client(',
    `    api_key="${keyOf(v)}",`,
    `    signing_secret="${secretOf(v)}",`,
    `    base_url="${v.origin}",`,
    ')',
    '',
    '# A test lead. In your app: track_lead at sign-up, track_sale at each payment, with the click_id.',
    'outcome = client.track_lead(event_id=f"test-{time.time_ns()}")',
    'print("already recorded" if outcome["duplicate"] else "recorded", outcome["conversion"]["id"])',
  ].join('\n');
}

/** The S2S postback URL a tracker fires; {click_id} and {order_id} are filled in by the advertiser's system. */
export function postbackUrl(origin: string, secret: string | null): string {
  return `${origin}/postback?cid={click_id}&status=sale&revenue=49.00&currency=USD&event_id={order_id}&secret=${secret ?? 'pbs_…'}`;
}
