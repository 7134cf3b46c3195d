/**
 * The partner-site snippet, served at /aff-click.js (load it with `async`: it never blocks the page
 * and catches everything, so it never throws into it). On the advertiser's site it:
 * - turns the click id a redirect from our host put in the landing URL (`data-param`, default
 *   aff_click) into the site's own first-party `aff_click` cookie, and the discount code
 *   (`data-discount-param`, default aff_discount) into `aff_discount`;
 * - reports a ref code in the page's own URL (`data-ref-params`, default ref,via,fpr,gspk: the
 *   program's referral parameters) to POST /client-click on the host that served it, and keeps the
 *   click id it gets back as the `aff_click` cookie: client-side click tracking, no redirect.
 *   PartnerStack's `gspk` holds Base64 (`+`, `/`, `=` too), reported as written: the handler decodes it;
 * - takes all of those parameters out of the address bar, keeping every other one as written;
 * - adds the click id (under `data-param`) to links to `data-domains` (comma-separated, `*.` for
 *   subdomains) as they are followed, so the click follows the visitor to the app's own domain,
 *   where this snippet picks it up again.
 * `data-days` is the cookies' lifetime (default 30; a reported click uses its program's). ES5 so
 * any browser runs it; its size is held by test/node/aff-click-snippet.test.ts.
 */
export const AFF_CLICK_SNIPPET = `(function(s,d,l,h){try{
var g=function(n,v){return s&&s.getAttribute(n)||v},p=g('data-param','aff_click'),n=+g('data-days')||30,
c=g('data-discount-param','aff_discount'),r=g('data-ref-params','ref,via,fpr,gspk').split(','),
m=g('data-domains','').split(',').filter(Boolean),u=new URLSearchParams(l.search),
G=function(x){return u.get(x)||''},C=/^[\\w-]{1,64}$/,B=/^[\\w+/=-]{1,88}$/,I=/^[\\da-f]{8}(-[\\da-f]{4}){3}-[\\da-f]{12}$/i,
k=function(x,v,t){d.cookie=x+'='+v+'; Max-Age='+Math.round(t*864e2)+'; Path=/; SameSite=Lax'+(l.protocol=='https:'?'; Secure':'')},
q=l.search.slice(1).split('&'),y=[p,c].concat(r),o=l.href,f,e,
z=q.filter(function(x){return y.indexOf(x.split('=')[0])<0});
if(I.test(G(p)))k('aff_click',G(p),n);
if(C.test(G(c)))k('aff_discount',G(c),n);
for(e=0;e<r.length&&!f;e++)if((r[e]=='gspk'?B:C).test(G(r[e])))f=r[e];
if(z.length<q.length)h.replaceState(h.state,'',l.pathname+(z.length?'?'+z.join('&'):'')+l.hash);
if(f&&s&&typeof fetch=='function')fetch(new URL('/client-click',s.src),{method:'POST',credentials:'omit',keepalive:true,
body:JSON.stringify({param:f,code:G(f),url:o,referrer:d.referrer||null})}).then(function(x){return x.json()})
.then(function(j){if(I.test(j.clickId))k('aff_click',j.clickId,j.cookieDays)})['catch'](function(){});
if(m.length)['mousedown','click'].forEach(function(t){d.addEventListener(t,function(v){try{
var a=v.target.closest('a[href]'),x=a&&new URL(a.href),w=(d.cookie.match(/(?:^|; )aff_click=([^;]+)/)||[])[1];
if(x&&w&&x.host!=l.host&&m.some(function(D){D=D.trim();return D.slice(0,2)=='*.'?x.hostname.slice(1-D.length)==D.slice(1):x.hostname==D})){
x.searchParams.set(p,w);a.href=x.href}}catch(_){}},true)})
}catch(_){}})(document.currentScript,document,location,history);
`;
