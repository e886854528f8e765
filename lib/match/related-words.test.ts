import { describe, expect, it } from 'vitest';
import type { Asset } from '../model';
import { compileTaxonomy, rankAssets, resolveProspect } from '.';
import { relatedStems } from './related-words';
import { WORDNET_TABLE } from './wordnet-table.generated';
import { stem } from './text';

describe('related words (the WordNet table)', () => {
  it('relates everyday words by their most frequent sense, as stems', () => {
    expect(relatedStems(stem('repair')).synonyms).toContain(stem('fix'));
    expect(relatedStems(stem('mistake')).synonyms).toContain(stem('error'));
    expect(relatedStems(stem('employee')).broader).toContain(stem('worker'));
    expect(relatedStems('zzzz')).toEqual({ synonyms: [], broader: [] });
  });

  it('stays a compact table of word stems', () => {
    expect(WORDNET_TABLE.length).toBeLessThan(300_000);
    for (const line of WORDNET_TABLE.split('\n').slice(0, 500)) expect(line).toMatch(/^[a-z]+ [a-z,]*(\|[a-z,]+)?$/);
  });

  it('finds content worded otherwise only when the matcher is given it', () => {
    const c = compileTaxonomy({ personas: [], industries: [], painPoints: [] }, [], {});
    const r = resolveProspect({ notes: 'Half our invoices have a mistake in them.' }, c);
    const asset = (id: string, title: string): Asset => ({
      id, title, url: `https://example.com/${id}`, type: 'guide', personas: [], industries: [], painPoints: [], stage: null,
      publishedAt: '2026-01-01', updatedAt: '2026-01-01', archived: false,
    } as unknown as Asset);
    const assets = [asset('other', 'Planning the quarter'), asset('errors', 'Catching errors before they are paid'), asset('third', 'Vendor onboarding')];
    const today = '2026-11-22';
    const score = (ranking: ReturnType<typeof rankAssets<Asset>>, id: string) => ranking.suggestions.find((s) => s.asset.id === id)!.score;
    const withWords = rankAssets(assets, r, { today, relatedWords: relatedStems });
    expect(withWords.suggestions[0]!.asset.id).toBe('errors');
    expect(score(withWords, 'errors')).toBeGreaterThan(score(withWords, 'other'));
    const without = rankAssets(assets, r, { today });
    expect(score(without, 'errors')).toBe(score(without, 'other'));
  });
});
