import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../match';
import type { Taxonomy } from '../model';
import { suggestTags } from './suggest-tags';

const taxonomy: Taxonomy = {
  personas: [{ id: 'fin', label: 'Finance leader', aliases: ['CFO'] }, { id: 'it', label: 'IT leader', aliases: [] }],
  industries: [{ id: 'health', label: 'Healthcare', aliases: ['hospital'] }],
  painPoints: [{ id: 'manual', label: 'Manual processes', aliases: ['spreadsheets'] }],
};

describe('suggested tags', () => {
  it('reads the title, description and address with the prospect resolver', () => {
    const tags = suggestTags(
      { title: "Closing the books in 4 days: a CFO's guide", description: 'How three hospitals stopped reconciling spreadsheets by hand.', url: 'https://e.example/resources/guides/close-automation' },
      compileTaxonomy(taxonomy),
    );
    expect(tags.map((t) => `${t.kind}:${t.id}`).sort()).toEqual(['industries:health', 'painPoints:manual', 'personas:fin']);
    expect(tags.find((t) => t.id === 'manual')?.because).toMatch(/spreadsheets/);
  });

  it('suggests nothing for an empty draft', () => {
    expect(suggestTags({ title: '', description: '', url: '' }, compileTaxonomy(taxonomy))).toEqual([]);
  });
});
