// Words of the notes in six languages (fifty-ninth round), read as their English: currency risk and currency losses
// ("Wechselkursrisiko", "valutarisico", "riesgo de cambio", "pertes de change"), hedging ("cobertura cambial"),
// business between companies of one group ("konzernintern", "intragrupo", "intra-groupe"), and Italian "in scadenza"
// after a contract (expiring, where the word alone is a deadline).
// Invented vendor: payment and planning software for groups of coffee importers. The German and Dutch compounds are
// read as one English word ("currency", "intercompany"), so the vendor has those words alone among its aliases.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'fx', label: 'Currency exposure', aliases: ['currency', 'currency risk', 'hedging'] },
    { id: 'group', label: 'Intercompany settlement', aliases: ['intercompany', 'intercompany netting'] },
    { id: 'dates', label: 'Missed filing deadlines', aliases: ['deadlines', 'late filings'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('currency, hedging and intercompany words in six languages', () => {
  it('reads currency risk, hedging and currency losses', () => {
    for (const note of [
      'Die Rohkaffee-Einkäufe laufen in Dollar, das Wechselkursrisiko trägt der Mittelstand allein.',
      'Ze kopen bonen in dollars en het valutarisico ligt volledig bij de inkoper.',
      'Compran el grano en dólares y el riesgo de cambio no lo mira nadie.',
      'Comprano il caffè verde in dollari e il rischio valutario resta scoperto.',
      'O grupo teve perdas cambiais pesadas no último trimestre com o real.',
      'A cobertura cambial é feita por telefone com dois bancos.',
      'Les pertes de change sur le dollar ont mangé la marge du trimestre.',
    ])
      expect(pains(note), note).toContain('fx');
  });
  it('reads business between companies of one group as intercompany', () => {
    for (const note of [
      'Die konzerninternen Darlehen der Röstereien werden von Hand verzinst.',
      'Los préstamos intragrupo entre las tostadoras se calculan a mano.',
      'Os saldos intragrupo das torrefações nunca fecham no fim do mês.',
      'Les prêts intra-groupe entre les brûleries sont suivis sur un tableur.',
      'I finanziamenti intragruppo tra le torrefazioni si calcolano a mano.',
    ])
      expect(pains(note), note).toContain('group');
  });
  it('reads a contract "in scadenza" as expiring, not as a deadline', () => {
    expect(pains('Il contratto con il fornitore del gestionale è in scadenza a giugno.')).not.toContain('dates');
    expect(pains('Le scadenze delle dichiarazioni doganali vengono mancate ogni mese.')).toContain('dates');
  });
});
