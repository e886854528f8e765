// A customer word of another language said alone (`pains-party-alone` in resolve.ts).
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

// An invented vendor of software for piano tuners: only one pain names the customers, and its name starts with them.
const taxonomy: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'own-slot', label: 'Customers want to pick a slot themselves', aliases: ['slot picker', 'choose-your-slot'] },
    { id: 'lapsed', label: 'Lapsed regulars', aliases: ['regulars gone quiet'] },
    { id: 'tuning-logs', label: 'Tuning logs on paper', aliases: ['tuning notebook', 'carbon copies'] },
    { id: 'travel', label: 'Long drives between visits', aliases: ['hours at the wheel', 'fuel per call'] },
    { id: 'parts', label: 'Spare strings out of stock', aliases: ['parts stock', 'hammers'] },
    { id: 'billing-run', label: 'Invoices sent late', aliases: ['bill run', 'bills never paid'] },
    { id: 'new-tuners', label: 'Training apprentices', aliases: ['trainee tuners', 'ear training'] },
    { id: 'humidity', label: 'Humidity damage to instruments', aliases: ['humidity', 'climate control'] },
  ],
};
const asset = (n: number, pain: string, title: string) => ({
  id: `${pain}${n}`, title, url: `https://x.example/${pain}${n}`, type: 'blog', description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const assets = [
  asset(1, 'own-slot', 'Let customers pick their own tuning slot'), asset(2, 'own-slot', 'A slot picker your customers will use'),
  asset(3, 'own-slot', 'What customers expect from online slots'), asset(4, 'own-slot', 'Customers book at night'),
  asset(5, 'lapsed', 'Win back regulars who stopped calling'), asset(6, 'tuning-logs', 'From carbon copies to a tablet'),
  asset(7, 'travel', 'Plan a day of visits in one drive'), asset(8, 'travel', 'Fuel per call and hours at the wheel'),
  asset(9, 'parts', 'Keep spare strings and hammers stocked'), asset(10, 'billing-run', 'Send the invoice before you leave'),
  asset(11, 'billing-run', 'Bills never paid'), asset(12, 'new-tuners', 'Training an apprentice tuner'), asset(13, 'humidity', 'Humidity and the soundboard'),
];
const c = compileTaxonomy(taxonomy, assets);
const pains = (notes: string) => resolveProspect({ title: 'Owner', company: 'Klangwerk', notes }, c).painPoints.map((p) => p.id);

describe('a customer word of another language', () => {
  it('alone names no pain whose name only starts with the customers', () => {
    expect(pains('Die Kunden rufen uns jeden Montag an.')).toEqual([]);
    expect(pains('I clienti discutono sempre il prezzo.')).toEqual([]);
    expect(pains('Klanten betalen contant.')).toEqual([]);
  });
  it('leaves the English sentence that says the pain as it was', () => {
    expect(pains('Customers keep asking for a slot picker on the website.')).toContain('own-slot');
  });
});

// Review mends: a pain about the customers said plainly in another language, and the rule held in every pass.
const talking: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'walking', label: 'Customers leaving for rivals', aliases: ['lost regulars'] },
    { id: 'grumbles', label: 'Customer complaints about tunings', aliases: ['sour notes'] },
    { id: 'self-slot', label: 'Customers want to book a tuner themselves', aliases: ['slot picker'] },
    ...taxonomy.painPoints.filter((p) => !['own-slot', 'lapsed'].includes(p.id)),
  ],
};
const talkingAssets = [
  asset(21, 'walking', 'Why customers leave a tuner'), asset(22, 'walking', 'Win back customers who left'),
  asset(23, 'grumbles', 'Handling customer complaints about a tuning'), asset(24, 'grumbles', 'When customers complain'),
  asset(25, 'self-slot', 'Let customers book a tuner online'), asset(26, 'self-slot', 'Customers book at night'),
  ...assets.filter((a) => !['own-slot', 'lapsed'].includes(a.painPoints[0]!)),
];
const ct = compileTaxonomy(talking, talkingAssets);
const talked = (notes: string) => resolveProspect({ title: 'Owner', company: 'Klangwerk', notes }, ct).painPoints.map((p) => p.id);

describe('a customer word of another language, review mends', () => {
  it('with the verb that says what the customers do, names a pain about them', () => {
    expect(talked('Viele Kunden wandern ab.')).toContain('walking');
    expect(talked('Klanten haken af na een bezoek.')).toContain('walking');
    expect(talked('Die Kunden beschweren sich über den Klang.')).toContain('grumbles');
    expect(talked('Los clientes se quejan del precio.')).toContain('grumbles');
    expect(talked('Les clients se plaignent du bruit.')).toContain('grumbles');
    expect(talked('Die Kunden wollen selbst einen Stimmer buchen.')).toContain('self-slot');
  });
  it('alone names no pain in a second sentence nor after an adding opener', () => {
    expect(pains('Die Kunden zahlen bar. Die Kunden sind freundlich.')).toEqual([]);
    expect(pains('Humidity is wrecking the soundboards. Außerdem zahlen die Kunden bar.')).toEqual(['humidity']);
  });
});
