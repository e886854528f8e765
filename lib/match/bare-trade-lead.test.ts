// One word that says a trade alone, where the taxonomy names only the trade's lead and no crew persona: none of the
// leads' personas. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe('a bare trade word under its lead\'s persona', () => {
  // An invented vendor of water-level sensors for canal trusts.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'locks', label: 'Lock operations lead', aliases: ['Lead Lockkeeper', 'Head Lockkeeper', 'Waterway Operations Manager'] },
      { id: 'assets', label: 'Canal asset engineer', aliases: ['Bridge Examiner Supervisor', 'Structures Engineer'] },
    ],
    industries: [{ id: 'canals', label: 'Canal and river trusts', aliases: ['waterway trust'] }],
    painPoints: [{ id: 'levels', label: 'Water levels checked by hand', aliases: ['manual level readings'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string) =>
    contextOf(resolveProspect({ name: 'Oona Hale', title, company: 'Fenmarsh Waterways Trust', source: { crm: 'hubspot', recordType: 'contact', recordId: '7' } } as Prospect, compiled)).personas;
  it('reads a bare "Lockkeeper" as none of its leads\' personas', () => {
    expect(read('Lockkeeper')).toEqual([]);
  });
  it('keeps the lead, and a longer bare title, as they were', () => {
    expect(read('Lead Lockkeeper')).toEqual(['locks']);
    expect(read('Bridge Examiner')).toEqual(['assets']);
  });
});
