/**
 * The partner-site snippet, served at /aff-click.js: it turns the click id a redirect from our
 * host put in the landing URL into the partner's own first-party `aff_click` cookie, then takes
 * the parameter out of the address bar. ES5 syntax so any browser runs it, and small (a test
 * holds it under 600 bytes). Its script tag may set `data-param` (the program's click id
 * parameter, default aff_click) and `data-days` (the cookie's lifetime, default 30). Only a
 * UUID is stored; the URL is cleaned either way, keeping every other parameter as written.
 */
export const AFF_CLICK_SNIPPET = `(function(s,d,l,h){
var p=s&&s.getAttribute('data-param')||'aff_click',n=+(s&&s.getAttribute('data-days'))||30,
q=l.search.slice(1).split('&'),k=q.filter(function(x){return x.split('=')[0]!==p}),
v=new URLSearchParams(l.search).get(p);
if(k.length==q.length)return;
if(/^[\\da-f]{8}(-[\\da-f]{4}){3}-[\\da-f]{12}$/i.test(v))d.cookie='aff_click='+v+'; Max-Age='+Math.round(n*864e2)+'; Path=/; SameSite=Lax'+(l.protocol=='https:'?'; Secure':'');
h.replaceState(h.state,'',l.pathname+(k.length?'?'+k.join('&'):'')+l.hash)
})(document.currentScript,document,location,history);
`;
