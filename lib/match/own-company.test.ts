import { describe, expect, it } from 'vitest';
import type { Asset } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';
import { companyKey, namesCompany } from './own-company';

describe('the company a title names', () => {
  it.each([
    ['Pinecrest Health Partners', 'pinecrest health'],
    ['Acme, Inc.', 'acme'],
    ['The Ledgerstone Credit Union', 'ledgerstone credit'],
    ['Zürcher Kantonalbank AG', 'zurcher kantonalbank'],
    ['City of Millbrook', 'city of millbrook'],
    ['AB', undefined],
    ['IBM', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s', (company, key) => {
    expect(companyKey(company)).toBe(key);
  });

  it('is found as whole words, in any case and accents', () => {
    expect(namesCompany('How Pinecrest Health Partners cut its backlog by 68%', 'pinecrest health')).toBe(true);
    expect(namesCompany('ZÜRCHER KANTONALBANK: a year on', 'zurcher kantonalbank')).toBe(true);
    expect(namesCompany('Pinecrestview Health and others', 'pinecrest health')).toBe(false);
    expect(namesCompany('Acmex case study', 'acme')).toBe(false);
  });
});

describe("a story about the prospect's own company", () => {
  const compiled = compileTaxonomy({ personas: [{ id: 'support', label: 'Support leader', aliases: ['Director of Customer Care'] }], industries: [], painPoints: [] }, []);
  const resolution = resolveProspect({ title: 'Director of Customer Care', company: 'Pinecrest Health Partners' }, compiled);
  const asset = (id: string, title: string): Asset => ({
    id, title, url: `https://e.example/${id}`, type: 'case-study', personas: ['support'], industries: [], painPoints: [], tags: [],
    origin: 'pack', addedAt: 0, updatedAt: 0,
  });
  const assets = [asset('own', 'How Pinecrest Health Partners cut its backlog'), asset('other', 'How Tidewell Clinics cut its backlog'), asset('guide', 'The support leader’s guide')];

  it('keeps its place and says first that it is their own story', () => {
    const { suggestions } = rankAssets(assets, resolution, { today: '2026-11-22', company: 'Pinecrest Health Partners, Inc.' });
    expect(suggestions.map((s) => s.asset.id)).toEqual(['own', 'other', 'guide']);
    expect(suggestions[0]!.reasons[0]).toBe('Their own story: the title names Pinecrest Health Partners, Inc.');
    expect(suggestions.slice(1).every((s) => !s.reasons.some((r) => r.startsWith('Their own story')))).toBe(true);
  });

  it('says nothing of the kind when the company is not known, or is another one', () => {
    const reasons = (company?: string) => rankAssets(assets, resolution, { today: '2026-11-22', ...(company ? { company } : {}) }).suggestions.map((s) => s.reasons[0]);
    expect(reasons().some((r) => r?.startsWith('Their own story'))).toBe(false);
    expect(reasons('Tidewell Clinics')).toContain('Their own story: the title names Tidewell Clinics');
    expect(reasons('Pinecrestview Labs').some((r) => r?.startsWith('Their own story'))).toBe(false);
  });
});
