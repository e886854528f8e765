import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { ENGLISH_FUNCTION_WORDS } from './knowledge/function-words';
import { resolveProspect } from './resolve';

// An invented vendor of booking software for piano tuners, one of whose pains says "not enough" in its label.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [{ id: 'tuners', label: 'Piano tuners', aliases: [] }],
  painPoints: [
    { id: 'referrals', label: 'Not enough referrals', aliases: ['client recommendations'] },
    { id: 'routes', label: 'Wasted driving between visits', aliases: ['tuning rounds'] },
  ],
};
const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: ['tuners'] });
const assets = [
  asset('a1', 'Not enough referrals? Ask after every tuning', ['referrals']),
  asset('a2', 'When one happy teacher is not enough', ['referrals']),
  asset('a3', 'Referral cards that are not enough on their own', ['referrals']),
  asset('a4', 'Why client recommendations are not enough', ['referrals']),
  asset('a5', 'Enough referrals to fill a quiet February', ['referrals']),
  asset('a6', 'Plan a tuning route by postcode', ['routes']),
  asset('a7', 'Driving between churches and schools', ['routes']),
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'holiday', 'spring', 'autumn'].map((day, k) =>
    asset(`r${k}`, `A ${day} loop of visits planned in minutes`, ['routes']),
  ),
];
const compiled = compileTaxonomy(taxonomy, assets);
const pains = (notes: string) => resolveProspect({ title: 'Owner', company: 'Keystone Tuning', notes }, compiled).painPoints.map((p) => p.id);

describe('function words of a pain’s own names', () => {
  it('holds English prepositions, negation and degree words the stop list lacks', () => {
    for (const w of ['not', 'enough', 'within', 'across', 'less', 'every']) expect(ENGLISH_FUNCTION_WORDS.has(w)).toBe(true);
  });

  it('names no pain from the function words of its label alone', () => {
    expect(pains('The old van is not enough for two tuners.')).toEqual([]);
  });

  it('still names it where its other words are said', () => {
    expect(pains('Not enough referrals since the music school closed.')).toContain('referrals');
  });
});

// An invented vendor of software for orchards and for small accounting firms: labels whose first word stems like a
// function word ("severe" like "several", "insider" like "inside") without being one.
const mk = (painPoints: { id: string; label: string; aliases: string[] }[], titles: [string, string][]) => {
  const fill = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'holiday', 'spring', 'autumn'].map((day, k) =>
    asset(`f${k}`, `A ${day} checklist for the crew`, ['fees']),
  );
  const t = { personas: taxonomy.personas, industries: [{ id: 'tuners', label: 'Apple growers', aliases: [] }], painPoints };
  return compileTaxonomy(t, [...titles.map(([title, pain], k) => asset(`t${k}`, title, [pain])), asset('p1', 'Chasing overdue fees politely', ['fees']), ...fill]);
};
const read = (c: ReturnType<typeof compileTaxonomy>, notes: string) => resolveProspect({ title: 'Owner', company: 'Hollow Ridge', notes }, c).painPoints.map((p) => p.id);

describe('a label word that only stems like a function word', () => {
  it('reads "severe" as the label’s own word, not as "several"', () => {
    const c = mk(
      [{ id: 'frost', label: 'Severe frost losses', aliases: [] }, { id: 'fees', label: 'Overdue fees', aliases: [] }],
      [['Saving buds after severe frost', 'frost'], ['Severe frost nights: a grower’s playbook', 'frost'], ['When severe frost hits the valley', 'frost']],
    );
    expect(read(c, 'Severe cold wiped out half of our buds this April.')).toContain('frost');
  });

  it('reads "insider" as the label’s own word, not as "inside"', () => {
    const c = mk(
      [{ id: 'insider', label: 'Insider fraud', aliases: [] }, { id: 'fees', label: 'Overdue fees', aliases: [] }],
      [['Spotting insider fraud in the ledger', 'insider'], ['Insider fraud for small firms', 'insider'], ['What an insider can hide', 'insider']],
    );
    expect(read(c, 'Honestly an insider walked off with the till money, it is a mess.')).toContain('insider');
  });
});

describe('a label whose pain word is a preposition', () => {
  it('reads "behind" when it is what the label says hurts', () => {
    const c = mk(
      [{ id: 'late', label: 'Pruning rounds running behind', aliases: [] }, { id: 'fees', label: 'Overdue fees', aliases: [] }],
      [['Never fall behind on pruning again', 'late'], ['Catch up when the crew falls behind', 'late'], ['Behind on grafting? A recovery plan', 'late']],
    );
    expect(read(c, 'Honestly the crew is behind again, week after week.')).toContain('late');
  });
});

describe('function words of an asset’s title', () => {
  // The same tuners' vendor, its referral pain named without "not enough", which its assets' titles say.
  const c = compileTaxonomy(
    { ...taxonomy, painPoints: [{ id: 'referrals', label: 'Referrals drying up', aliases: [] }, taxonomy.painPoints[1]!] },
    assets,
  );
  const read = (notes: string) => resolveProspect({ title: 'Owner', company: 'Keystone Tuning', notes }, c).painPoints.map((p) => p.id);
  it('names no pain from the function words its assets’ titles give it alone', () => {
    expect(read('The old van is not enough for two tuners.')).toEqual([]);
  });
  it('still names it where its other words are said', () => {
    expect(read('Referrals are drying up since the choir hall shut.')).toContain('referrals');
  });
});
