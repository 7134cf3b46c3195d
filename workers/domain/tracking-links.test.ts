import { describe, expect, test } from 'vitest';
import { linkDestination, linkParams, shortLinkUrl, splitLinkParams, trackingLinkForms } from './tracking-links';

describe('trackingLinkForms', () => {
  test('builds the three forms the tracker parses', () => {
    const forms = trackingLinkForms({
      trackingOrigin: 'https://track.example/dashboard',
      landingUrl: 'https://app.example/pricing/?plan=pro#top',
      refCode: 'AB12CD34',
      programId: 'p-1',
      affiliateId: 'a-1',
    });
    expect(forms).toEqual({
      affPath: 'https://app.example/pricing/aff/AB12CD34',
      affTrackingHost: 'https://track.example/aff/AB12CD34',
      click: 'https://track.example/click?o=p-1&a=a-1',
    });
  });

  test('a root landing page gets /aff/{code} at the root', () => {
    expect(
      trackingLinkForms({
        trackingOrigin: 'https://t.example',
        landingUrl: 'https://app.example/',
        refCode: 'X',
        programId: 'p',
        affiliateId: 'a',
      }).affPath,
    ).toBe('https://app.example/aff/X');
  });
});

describe('link params', () => {
  test('utm_* and custom params round-trip', () => {
    const params = linkParams({ source: 'newsletter', campaign: 'spring' }, { ref: 'blog', 'sub-id': '7' });
    expect(params).toEqual({ utm_source: 'newsletter', utm_campaign: 'spring', ref: 'blog', 'sub-id': '7' });
    expect(splitLinkParams(params)).toEqual({
      utm: { source: 'newsletter', campaign: 'spring' },
      custom: { ref: 'blog', 'sub-id': '7' },
    });
  });

  test('the destination keeps click macros and the fragment', () => {
    expect(linkDestination('https://app.example/p?cid={click_id}#top', { utm_source: 'x y' })).toBe(
      'https://app.example/p?cid={click_id}&utm_source=x+y#top',
    );
    expect(linkDestination('https://app.example/', {})).toBe('https://app.example/');
  });

  test('short links live under /r/', () =>
    expect(shortLinkUrl('https://track.example/x', 'spring-sale')).toBe('https://track.example/r/spring-sale'));
});
