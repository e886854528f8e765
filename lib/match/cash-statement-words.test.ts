// Words of money and banks in six languages (sixty-first round), read as their English: cash as a noun ("Bargeld",
// "contanti", "contant", "numerário") and paying in cash in the phrases where the word alone has another sense ("en
// efectivo", "en espèces"), and a bank's statements of an account ("estratti conto", "relevés bancaires",
// "extractos bancarios"). Invented vendor: back-office software for chains of self-service car washes.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'cash', label: 'Cash handling', aliases: ['cash', 'cash handling'] },
    { id: 'statements', label: 'Bank statements matched by hand', aliases: ['bank statements', 'statement matching'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('the words of money and banks in six languages', () => {
  it('reads cash', () => {
    for (const note of [
      'Das Bargeld aus den Waschboxen zählt der Filialleiter jeden Abend selbst.',
      'I contanti delle piste di lavaggio vengono contati il lunedì.',
      'Het contant geld uit de wasboxen wordt elke week geteld.',
      'O numerário das máquinas de lavagem é contado à mão.',
      'Los clientes pagan en efectivo y el encargado cuenta las monedas.',
      'Les clients paient en espèces et le gérant compte les pièces.',
    ])
      expect(pains(note), note).toContain('cash');
  });
  it('reads bank statements', () => {
    for (const note of [
      'Gli estratti conto delle otto sedi si controllano a mano.',
      'Les relevés bancaires des huit stations sont pointés à la main.',
      'Los extractos bancarios de las ocho estaciones se revisan a mano.',
      'Os extratos bancários das oito lavagens são conferidos à mão.',
      // German and Dutch say the bank in the one word (sixty-second round).
      'Die Kontoauszüge der acht Waschstraßen prüft die Buchhaltung von Hand.',
      'De bankafschriften van de acht wasstraten worden met de hand nagekeken.',
    ])
      expect(pains(note), note).toContain('statements');
  });
  it('does not read an effective measure as cash', () => {
    expect(pains('La nueva campaña fue muy efectiva y el lavado premium crece.')).not.toContain('cash');
  });
});
