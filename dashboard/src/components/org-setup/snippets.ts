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

export function nodeSnippet(v: SnippetValues): string {
  // One template literal: the snippet's own template strings are escaped (\` and \${) to stay literal.
  return `import { createHmac } from 'node:crypto';

const API_KEY = '${keyOf(v)}';
const SIGNING_SECRET = '${secretOf(v)}';

// Sign and send these exact bytes.
const body = JSON.stringify({ event_id: \`test-\${Date.now()}\`, type: 'lead' });
const t = Math.floor(Date.now() / 1000);
const v1 = createHmac('sha256', SIGNING_SECRET).update(\`\${t}.\${body}\`).digest('hex');
const res = await fetch('${v.origin}/api/v1/conversions', {
  method: 'POST',
  headers: {
    authorization: \`Bearer \${API_KEY}\`,
    'content-type': 'application/json',
    'x-ae-signature': \`t=\${t},v1=\${v1}\`,
  },
  body,
});
console.log(res.status, await res.text());`;
}

export function pythonSnippet(v: SnippetValues): string {
  return [
    'import hashlib, hmac, json, time, urllib.request',
    '',
    `API_KEY = "${keyOf(v)}"`,
    `SIGNING_SECRET = "${secretOf(v)}"`,
    '',
    '# Sign and send these exact bytes.',
    'body = json.dumps({"event_id": f"test-{time.time_ns()}", "type": "lead"}).encode()',
    't = str(int(time.time()))',
    'v1 = hmac.new(SIGNING_SECRET.encode(), t.encode() + b"." + body, hashlib.sha256).hexdigest()',
    'request = urllib.request.Request(',
    `    "${v.origin}/api/v1/conversions",`,
    '    data=body,',
    '    method="POST",',
    '    headers={',
    '        "Authorization": f"Bearer {API_KEY}",',
    '        "Content-Type": "application/json",',
    '        "X-AE-Signature": f"t={t},v1={v1}",',
    '    },',
    ')',
    'with urllib.request.urlopen(request) as response:',
    '    print(response.status, response.read().decode())',
  ].join('\n');
}

/** The S2S postback URL a tracker fires; {click_id} and {order_id} are filled in by the advertiser's system. */
export function postbackUrl(origin: string, secret: string | null): string {
  return `${origin}/postback?cid={click_id}&status=sale&revenue=49.00&currency=USD&event_id={order_id}&secret=${secret ?? 'pbs_…'}`;
}
