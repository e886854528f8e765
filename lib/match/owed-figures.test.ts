// Pains of pay said in everyday words (sixty-fourth round): not knowing how much one gets or not understanding how a
// figure comes about (a lack of visibility), knowing it only once it is paid, figures of two sources that disagree (a
// reconciling), and a cost or pay deferred over the years (the amortising of an entry named so), in English and the six
// languages. Not the bare verb ("we don't know yet"), not a deferred project.
// Invented vendor: Brindlecote, fee-sharing software for networks of travel agents.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fee-view', label: 'Agent fee visibility', aliases: ['fee statements'] },
    { id: 'matching', label: 'Booking data reconciliation', aliases: ['booking reconciliation'] },
    { id: 'amortising', label: 'Amortised agent fees', aliases: ['amortisation of fees'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('pains of pay said in everyday words', () => {
  it('reads not knowing how much, or not understanding how, as a lack of visibility', () => {
    for (const note of [
      'The agents do not know how much fee they will receive until the season ends.',
      'Nobody understands how the agency fee is worked out these days.',
      'Die Reisebüros können nicht nachvollziehen, wie ihre Gebühr entsteht.',
      'Les agences ne comprennent pas comment leurs honoraires sont établis.',
      'Las agencias no saben cuánto recibirán de honorarios este verano.',
      'Le agenzie non capiscono come viene fissato il compenso.',
      'De reisagenten weten niet hoeveel vergoeding ze krijgen.',
      'As agências só sabem quanto receberam quando chega o extrato.',
    ])
      expect(pains(note), note).toContain('fee-view');
  });
  it('does not read the bare verb', () => {
    expect(pains('The agents do not know yet whether they will attend the fair.')).not.toContain('fee-view');
  });
  it('reads figures of two sources that disagree as a reconciling', () => {
    for (const note of [
      'The booking engine and the ledger count them differently every week.',
      'De boekingen komen uit het reserveringssysteem, maar de boekhouding telt ze anders.',
      'Los números no cuadran entre las reservas y la contabilidad.',
    ])
      expect(pains(note), note).toContain('matching');
  });
  it('reads a fee deferred over the years as the amortising of an entry named so', () => {
    expect(pains('Finance keeps rebuilding the deferred commission tables in a workbook.')).toContain('amortising');
    expect(pains('Chiede come rinviare nel tempo i premi pluriennali delle agenzie.')).toContain('amortising');
    expect(pains('The launch was deferred to the spring.')).not.toContain('amortising');
  });
});
