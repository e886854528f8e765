// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanPageUrl, draftFromDocument, guessAssetType } from './page-meta';

const doc = (head: string) => new DOMParser().parseFromString(`<html><head>${head}</head><body></body></html>`, 'text/html');

describe('draftFromDocument', () => {
  it('prefers Open Graph data, strips the site name and campaign parameters', () => {
    const d = doc(`
      <title>Ignored | Acme</title>
      <meta property="og:title" content="How Mercy Regional cut approvals | Acme">
      <meta property="og:site_name" content="Acme">
      <meta property="og:description" content="  From 9 days
        to 2.  ">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2025-03-01T09:00:00Z">
      <link rel="canonical" href="/customers/mercy?utm_source=x">`);
    expect(draftFromDocument(d, 'https://acme.example/customers/mercy?utm_campaign=q3&id=7#top')).toEqual({
      title: 'How Mercy Regional cut approvals',
      url: 'https://acme.example/customers/mercy',
      type: 'case-study',
      description: 'From 9 days to 2.',
      publishedAt: '2025-03-01',
    });
  });

  it('falls back to <title> and the meta description, and ignores a non-web canonical link', () => {
    const d = doc(`<title>Pricing</title><meta name="description" content="Plans"><link rel="canonical" href="javascript:alert(1)">`);
    expect(draftFromDocument(d, 'https://acme.example/pricing')).toEqual({ title: 'Pricing', url: 'https://acme.example/pricing', type: 'other', description: 'Plans' });
  });

  it('recognises videos and kinds of pages from the address', () => {
    expect(guessAssetType(new URL('https://www.youtube.com/watch?v=x'))).toBe('video');
    expect(guessAssetType(new URL('https://a.example/x'), 'video.other')).toBe('video');
    expect(guessAssetType(new URL('https://a.example/resources/webinars/q3'))).toBe('webinar');
    expect(guessAssetType(new URL('https://a.example/lp/whitepaper-2026'))).toBe('whitepaper');
    expect(guessAssetType(new URL('https://a.example/files/report.pdf'))).toBe('whitepaper');
    expect(guessAssetType(new URL('https://a.example/blog/ap-automation'))).toBe('blog-post');
    expect(guessAssetType(new URL('https://a.example/ebooks/guide'))).toBe('ebook');
    expect(cleanPageUrl('https://a.example/?gclid=1&q=2')).toBe('https://a.example/?q=2');
  });
});
