// Pay and payout words in six languages (sixty-fourth round): a contract the customer cancels in each language's
// verb ("widerruft", "résiliés", "anulados", "opgezegd"), Portuguese "estorno" (money taken back), "gutgeschrieben"
// (credited), France's "commissaires aux comptes" (the auditors), a "relevé de" (a statement), the quarter and a period's middle ("mitten im
// Quartal"); a counted calendar period ("before six months") read as a span of time, not as the library's
// "month-end" a pain's name writes, and German "Arbeitstage" as days; wholesale said as Spanish "mayorista" and
// Portuguese "por grosso".
// Invented vendor: Tallowick, incentive pay software for field sales teams.
import { describe, expect, it } from 'vitest';
import type { PackAsset, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'wholesale', label: 'Wholesale trade', aliases: ['wholesaler', 'trade distribution'] },
    { id: 'shops', label: 'Shop groups', aliases: ['shop group'] },
  ],
  painPoints: [
    { id: 'takebacks', label: 'Bonus takebacks & cancellations', aliases: ['chargebacks', 'bonus takebacks'] },
    { id: 'crediting', label: 'Crediting deals to teams', aliases: ['credited', 'deal crediting'] },
    { id: 'close', label: 'Slow month-end bonus run', aliases: ['month-end run', 'months to pay out'] },
    { id: 'audit', label: 'Auditor remarks on bonuses', aliases: ['auditors', 'audit remarks'] },
    { id: 'targets', label: 'Targets moved mid quarter', aliases: ['mid quarter target changes'] },
    { id: 'statements', label: 'Unreadable transaction statements', aliases: ['transaction statements'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;
const industries = (industry: string) => contextOf(resolveProspect({ industry }, vendor)).industries;

describe('pay and payout words in six languages', () => {
  it("reads a customer's cancelling in each language's verb", () => {
    for (const note of [
      'Sobald ein Abonnent widerruft, holen wir die Prämie mühsam zurück.',
      'Quand les forfaits sont résiliés, la prime du vendeur doit être reprise.',
      'Quando os contratos são anulados, o prémio do vendedor volta atrás.',
      'Als een klant heeft opgezegd, halen we de bonus van de verkoper terug.',
    ])
      expect(pains(note), note).toContain('takebacks');
  });
  it("reads Portuguese 'estornos' as chargebacks", () => {
    expect(pains('Os estornos dos prémios são lançados numa lista separada.')).toContain('takebacks');
  });
  it("reads German 'gutgeschrieben' as credited", () => {
    expect(pains('Neue Verträge werden oft dem falschen Büro gutgeschrieben.')).toContain('crediting');
  });
  it("reads France's statutory auditors as auditors", () => {
    expect(pains('Les commissaires aux comptes ont trouvé des écarts dans les primes.')).toContain('audit');
  });
  describe('durations', () => {
    const asset = (id: string, title: string, painPoints: string[]): PackAsset => ({
      id, title, url: `https://tallowick.example/${id}`, type: 'blog-post', personas: [], industries: [], painPoints, tags: [],
    });
    const withContent = compileTaxonomy(
      {
        personas: [],
        industries: [],
        painPoints: [
          { id: 'takebacks', label: 'Bonus takebacks & cancellations', aliases: ['chargebacks'] },
          { id: 'close', label: 'Slow month-end bonus run', aliases: ['month-end run'] },
          { id: 'council', label: 'Works committee sign-off', aliases: ['works committee'] },
        ],
      } satisfies Taxonomy,
      [
        asset('t1', 'Closing the month in two days: a month-end guide', ['close']),
        asset('t2', 'Every month, the same bonus run: months of work saved', ['close']),
        asset('t3', 'Monthly bonus statements out on time, month after month', ['close']),
        asset('t4', 'How the works committee reads a new bonus plan', ['council']),
        asset('t5', 'Working with the works committee on pay rules', ['council']),
        asset('t6', 'Taking bonuses back after a cancelled contract', ['takebacks']),
      ],
    );
    const read = (notes: string) => contextOf(resolveProspect({ notes }, withContent)).painPoints;
    it('reads a counted calendar period as a span of time, not the month-end run', () => {
      for (const note of [
        'The dealer loses the bonus when a subscriber leaves before six months.',
        'Two months ago the dealers started to complain about the bonus.',
      ])
        expect(read(note), note).not.toContain('close');
    });
    it("reads German 'Arbeitstage' as days, a run that takes them slow", () => {
      expect(read('Jeder Prämienlauf dauert 7 Arbeitstage.')).toContain('close');
    });
  });
  it("reads French 'relevé de' before what it lists as a statement, not the participle", () => {
    expect(pains('Les clients reçoivent un relevé de transactions illisible chaque mois.')).toContain('statements');
    expect(pains('Le directeur a relevé des erreurs dans deux dossiers de vendeurs.')).not.toContain('statements');
  });
  it('reads the quarter and its middle in their languages', () => {
    expect(pains('Die Ziele wurden mitten im Quartal geändert, die Verkäufer sind sauer.')).toContain('targets');
  });
  it("reads wholesale as Spanish 'mayorista' and Portuguese 'por grosso'", () => {
    expect(industries('Distribución mayorista de ferretería')).toEqual(['wholesale']);
    expect(industries('Comércio por grosso de ferragens')).toEqual(['wholesale']);
  });
});
