// "grow" and "grows" as nouns, places where plants are grown ("two licensed grows", "an indoor grow"), name a site of
// the prospect's, not a business that is growing: a vendor whose pains speak of expansion suggests nothing from the
// noun, and still reads the expansion where the verb says the business grows. Invented vendor and records.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, contextOf, resolveProspect } from '.';
import { withoutGrowNouns } from './notes';

const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
/** A vendor of climate controllers to indoor farms: one pain about opening more sites, one about power bills. */
const farms = compileTaxonomy(
  {
    personas: [{ id: 'grower', label: 'Head grower', aliases: [] }],
    industries: [],
    painPoints: [
      { id: 'expansion', label: 'Opening new sites', aliases: ['expansion', 'new sites'] },
      { id: 'power', label: 'Power bills', aliases: ['electricity costs', 'power bills'] },
    ],
  },
  [asset(1, 'expansion', 'Copying one room recipe to a new site'), asset(2, 'power', 'Lights off at the right hour'), asset(3, 'expansion', 'What a second site costs'), asset(4, 'power', 'Reading the power bill')],
);
const read = (notes: string) => contextOf(resolveProspect({ title: 'Head Grower', notes }, farms)).painPoints;

describe('"grow" as a noun', () => {
  it('names a site, not growth', () => {
    expect(read('Runs 3 grows in Ohio. Electricity costs doubled since May.')).toEqual(['power']);
    expect(read('Licensed indoor grow, Vermont. Electricity costs doubled since May.')).toEqual(['power']);
    expect(read('Two bays and a few licensed grows.')).toEqual([]);
  });

  it('still reads growth from the verb', () => {
    expect(read('We want to grow into two more counties next year.')).toEqual(['expansion']);
    expect(read('Their tenants grow fast; they keep asking for more rooms.')).toEqual(['expansion']);
  });

  it('reads the verb after a relative "that", after help/see/let/watch, and in capitals', () => {
    expect(read('Wants a controller that grows with them.')).toEqual(['expansion']);
    expect(read('Looking for sensors that grow with the farm.')).toEqual(['expansion']);
    expect(read('Owner wants to see the company grow.')).toEqual(['expansion']);
    expect(read('Goal is to help the practice grow.')).toEqual(['expansion']);
    expect(read('Let the team grow.')).toEqual(['expansion']);
    expect(read('Watch revenue grow.')).toEqual(['expansion']);
    expect(read('WE NEED TO GROW.')).toEqual(['expansion']);
  });

  it('reads the verb after a year: a year is no count of grows', () => {
    expect(read('In 2026 grow the network by 4 farms.')).toEqual(['expansion']);
    expect(read('By 2027 grow to 12 farms.')).toEqual(['expansion']);
    expect(read('Since 2019 grow rooms in Ohio.')).toEqual([]);
  });

  it('keeps the noun after a number, a determiner, a participle or no subject', () => {
    for (const notes of ['Our grow is in Ohio.', 'Runs 3 grows.', 'Two permitted grows, Oregon.', 'Indoor grow, 5k sq ft.', 'Licensed OR grow, 2 shops.', 'Visited that grow last week.', 'Those grows are licensed.']) {
      expect(read(notes), notes).toEqual([]);
    }
  });

  it('keeps the text\'s length', () => {
    const text = 'MT: 2 grows, 4 shops.';
    expect(withoutGrowNouns(text)).toHaveLength(text.length);
    expect(withoutGrowNouns(text)).not.toContain('grows');
  });
});
