import { describe, expect, it } from 'vitest';
import { normaliseWebsite, websiteHost } from './website';
import { checkProspect } from './prospect-schema';

describe('a record’s website, normalised', () => {
  it('keeps an http(s) address as scheme and lower-case host, without query, fragment or trailing slash', () => {
    expect(normaliseWebsite(' https://www.Acme.com/ ')).toBe('https://www.acme.com');
    expect(normaliseWebsite('HTTP://Acme.co.uk/de/?utm=x#top')).toBe('http://acme.co.uk/de');
    expect(normaliseWebsite('https://acme.example:8443/')).toBe('https://acme.example:8443');
  });

  it('keeps a bare domain bare', () => {
    expect(normaliseWebsite('www.Tanaka-Seimitsu.example')).toBe('www.tanaka-seimitsu.example');
    expect(normaliseWebsite('acme.com/about/')).toBe('acme.com/about');
    expect(normaliseWebsite('//acme.com')).toBe('acme.com');
  });

  it('refuses what is not a web address or a domain', () => {
    for (const bad of [undefined, '', '  ', '--', '---', '-None-', 'Acme Corp', 'acme', 'javascript:alert(1)', 'mailto:a@acme.com', 'ftp://acme.com', 'https://user:pw@acme.com', 'http://10.0.0.1', 'acme .com', 'https://', 'data:text/html,x'])
      expect(normaliseWebsite(bad), String(bad)).toBeUndefined();
  });

  it('gives the host of either form', () => {
    expect(websiteHost('https://www.acme.com/de')).toBe('www.acme.com');
    expect(websiteHost('acme.co.uk/de')).toBe('acme.co.uk');
  });

  it('is checked and normalised where a prospect comes in (the command line, messages)', () => {
    expect(checkProspect({ company: 'Acme', website: ' HTTPS://WWW.ACME.COM/ ' })).toEqual({ ok: true, prospect: { company: 'Acme', website: 'https://www.acme.com' } });
    expect(checkProspect({ website: '  ' })).toEqual({ ok: true, prospect: {} });
    expect(checkProspect({ website: 'javascript:alert(1)' })).toEqual({ ok: false, errors: [{ where: 'website', message: 'website must be an http(s) address or a domain (acme.example)' }] });
    expect(checkProspect({ website: 42 })).toMatchObject({ ok: false, errors: [{ where: 'website', message: 'website must be text, not 42' }] });
  });
});
