// Pains said as a measure (fifty-seventh round): a task said to take minutes, or a time in the units reps shorten
// ("3 hrs", "2 wks"), is a duration as "takes three days" is. An invented vendor of software for dog-grooming salons.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const painTaxonomy = (painPoints: Taxonomy['painPoints']): Taxonomy => ({ personas: [], industries: [], painPoints });
const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const salons = compileTaxonomy(
  painTaxonomy([
    { id: 'slow-checkin', label: 'Slow drop-off check-in', aliases: ['check-in time'] },
    { id: 'coat-supplies', label: 'Shampoo and blade costs', aliases: ['supply costs'] },
    { id: 'groomer-rota', label: 'Groomer rota', aliases: [] },
  ]),
  [
    asset(1, 'slow-checkin', 'Checking in a poodle at the front desk without a clipboard'),
    asset(2, 'slow-checkin', 'Drop-off forms owners fill in before they arrive'),
    asset(3, 'coat-supplies', 'Track shampoo and clipper blades per salon'),
    asset(4, 'groomer-rota', 'Plan the groomers week by week'),
  ],
);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, salons)).painPoints;

describe('a task said to take minutes, or a shortened unit of time, of the entry about slowness', () => {
  it('reads minutes and the shortened units as a duration', () => {
    expect(pains('A poodle at the front desk takes 35 minutes.')).toEqual(['slow-checkin']);
    expect(pains('A poodle at the front desk takes 2 hrs.')).toEqual(['slow-checkin']);
    expect(pains('Drop-off forms sit 2 wks before anyone files them.')).toEqual(['slow-checkin']);
  });
  it('not a time said as quick, nor short notice, nor the same words without a time', () => {
    expect(pains('Drop-off forms come in last minute.')).not.toContain('slow-checkin');
    expect(pains('A poodle at the front desk only takes 5 minutes.')).toEqual([]);
    expect(pains('Drop-off forms sit there before anyone files them.')).toEqual([]);
  });
});
