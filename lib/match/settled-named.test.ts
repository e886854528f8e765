// A matter said to be fine, narrower (fiftieth round, second try): a cue settles only the matter named before it in
// its own clause ("deliveries are great", "HACCP non li tocca"), never one said of a person or a tool, and never the
// clause before it. Invented vendor: software for bakeries.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'deliveries', label: 'Delivery planning', aliases: ['deliveries', 'Lieferungen', 'livraisons', 'consegne', 'entregas'] },
    { id: 'hygiene', label: 'Hygiene audits', aliases: ['hygiene audits', 'HACCP'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a matter said to be fine in its own clause', () => {
  it('reads nothing when the matter named beside the cue is fine or none of theirs', () => {
    expect(pains('Honestly our deliveries are great.')).toEqual([]);
    expect(pains('HACCP non li tocca, sono un laboratorio piccolo.')).toEqual([]);
    expect(pains('HACCP ne le concerne pas.')).toEqual([]);
    expect(pains('Las entregas no le preocupa.')).toEqual([]);
  });
  it('still reads the matter when the cue is said of a person or a tool, or stands alone', () => {
    expect(pains('HACCP audits keep slipping; the baker is great though.')).toEqual(['hygiene']);
    expect(pains('Deliveries are chaos, our driver is great.')).toEqual(['deliveries']);
    expect(pains('Deliveries are chaos. Alles gut otherwise.')).toEqual(['deliveries']);
  });
});
