// A company's name in a Romance language says its kind of business first and what it is of after it ("Noleggio di
// Utensili ...", "Alquiler de herramientas ..."): read as the English name that puts the head last ("tool rental").
// The taxonomy and records here are made up for the tests.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industriesOf = (company: string, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Branch Manager', company, source: { crm: 'hubspot', recordType: 'contact', recordId: '1' } } as Prospect, c)).industries;

// An invented vendor of booking software for hire businesses (tools, boats, costumes) and the tool grinders beside them.
const hire: Taxonomy = {
  personas: [{ id: 'branch', label: 'Branch manager', aliases: ['branch manager'] }],
  painPoints: [{ id: 'lost', label: 'Lost kit', aliases: ['lost kit'] }],
  industries: [
    { id: 'tools', label: 'Tool hire', aliases: ['tool rental', 'hire shop'] },
    { id: 'boats', label: 'Boat hire', aliases: ['boat rental', 'kayak rental'] },
    { id: 'costumes', label: 'Costume hire', aliases: ['fancy dress'] },
    { id: 'grinding', label: 'Tool sharpening', aliases: ['tool grinding', 'blade sharpening'] },
  ],
};
const c = compileTaxonomy(hire, []);

describe('a name that says its kind of business first', () => {
  it('reads "rental" said first and the tools right after it as tool rental', () => {
    expect(industriesOf('Noleggio di Utensili Ferraresi', c)).toEqual(['tools']);
    expect(industriesOf('Aluguer de Ferramentas Sousa', c)).toEqual(['tools']);
    expect(industriesOf('Alquiler de herramientas Quintanar', c)).toEqual(['tools']);
  });
  it('reads no kind where the head is not a kind of business or the words are apart', () => {
    expect(industriesOf('Ferraresi Utensili Noleggio Nautico Srl', c)).not.toContain('boats');
    expect(industriesOf('Costruzioni Quintanar', c)).toEqual([]);
  });
  it('reads no kind where the head comes later than after one word, or its other words not right after it (fifty-sixth round, review mend)', () => {
    expect(industriesOf('Quarzelli & Figli Noleggio Utensili', c)).toEqual([]);
    expect(industriesOf('Noleggio Nautico di Utensili', c)).toEqual([]);
  });
  it('reads no kind in an English name that only puts the words in that order (fifty-sixth round, review mend)', () => {
    expect(industriesOf('Quenby Rental Tool Insurance', c)).toEqual([]);
    expect(industriesOf('Rental Tool Co', c)).toEqual([]);
  });
});
