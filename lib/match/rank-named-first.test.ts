// A rank said first that is one persona's own name ("Assistant Director"), before words that persona's other names
// say: that persona's, not the director's of those words. The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

describe('a rank that is one persona\'s own name', () => {
  // An invented vendor of audio-guide apps for botanical gardens.
  const taxonomy: Taxonomy = {
    personas: [
      { id: 'greeting', label: 'Visitor programme coordinator', aliases: ['Guided Walks Coordinator', 'Assistant Director', 'Visitor Desk Specialist'] },
      { id: 'garden-head', label: 'Garden director', aliases: ['Director of Visitor Programmes', 'Garden Director', 'Curator-in-Chief'] },
      { id: 'screens', label: 'Garden technology lead', aliases: ['Director of Greenhouse Technology', 'Digital Systems Manager'] },
    ],
    industries: [{ id: 'gardens', label: 'Public gardens and arboreta', aliases: ['arboretum'] }],
    painPoints: [{ id: 'queues', label: 'Gate wait times', aliases: ['long entry queues'] }],
  };
  const compiled = compileTaxonomy(taxonomy, []);
  const read = (title: string) =>
    contextOf(resolveProspect({ name: 'Ines Falk', title, company: 'Larchmere Arboretum Trust', source: { crm: 'hubspot', recordType: 'contact', recordId: '5' } } as Prospect, compiled)).personas;
  it('reads an assistant director of what the coordinator persona names as that persona, not the director', () => {
    expect(read('Assistant Director, Visitor Programmes')).toEqual(['greeting']);
    expect(read('Assistant Director of Visitor Programmes')).toEqual(['greeting']);
  });
  it('reads the second role beside it too', () => {
    expect(read('Assistant Director, Visitor Programmes & Digital Systems Manager').sort()).toEqual(['greeting', 'screens']);
  });
  it('keeps an assistant director of what the persona does not name, and the director, as they were', () => {
    expect(read('Assistant Director of Greenhouse Technology')).toEqual(['screens']);
    expect(read('Director of Visitor Programmes')).toEqual(['garden-head']);
    expect(read('Assistant Director')).toEqual(['greeting']);
  });
});
