// German and Dutch reported speech puts the finite verb last ("er sagt, dass es gut läuft", "hij zegt dat het goed
// werkt"): a settled answer said so turns the rep's guess down as its verb-first form does ("es läuft gut"); "wenn"
// (if) and "ob" (whether) before it settle nothing. Invented vendor (bicycle repair shop software) and records.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const bikes: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'repairs', label: 'Repair queue backlog', aliases: ['repair queue'] },
    { id: 'parts', label: 'Spare parts stock-outs', aliases: ['spare parts'] },
  ],
};
const compiled = compileTaxonomy(bikes);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, compiled)).painPoints;

describe('a guess answered as settled in German or Dutch reported speech', () => {
  it('reads the settled answer with its verb last after "dass" or "dat"', () => {
    expect(pains('Rep figured the repair queue was a mess. Er sagt, dass es gut läuft.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Sie sagte, dass es gut funktioniert.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Hij zegt dat het goed werkt.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Ze zei dat het prima loopt.')).toEqual([]);
  });
  it('keeps the guess where the verb-last phrase is a condition or a question, or said verb first of another topic', () => {
    expect(pains('Rep figured the repair queue was a mess. Er sagt, wenn es gut läuft, dauert es trotzdem zwei Wochen.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Er weiß nicht, ob es gut läuft.')).toEqual(['repairs']);
  });
});
// Review mend (fifty-third round): only a verb of saying or finding, not denied, makes the "dass"/"dat" clause a
// settled answer; a want, a hope, a doubt or a duty before it settles nothing.
describe('a verb-last settled phrase after a "dass" no one says', () => {
  it('keeps the guess after a want, a hope, a doubt, a duty or a denied saying', () => {
    expect(pains('Rep figured the repair queue was a mess. Sie wollen, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Sie hoffen, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Er bezweifelt, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Niemand sagt, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Es muss sichergestellt werden, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Niemand zegt dat het goed werkt.')).toEqual(['repairs']);
  });
  it('still settles it after a verb of saying or finding', () => {
    expect(pains('Rep figured the repair queue was a mess. Sie meint, dass es gut läuft.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Er bestätigt, dass es gut läuft.')).toEqual([]);
  });
});
// Fifty-fourth round: a Dutch verb of finding or reporting right before "dat" (no comma, as Dutch writes it) says who
// answers, as "zegt" does; the guess's answer was found but not taken for the prospect's ("ze vindt dat het goed werkt").
describe('a Dutch settled answer after "vindt dat" or "meldt dat"', () => {
  it('turns the guess down after a verb of finding or reporting', () => {
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Hij meldt dat het goed werkt.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Sie findet dass es gut läuft.')).toEqual([]);
  });
  it('keeps the guess where the finding is denied or a wish, and reads the next pain', () => {
    expect(pains('Rep figured the repair queue was a mess. Niemand vindt dat het goed werkt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt niet dat het goed werkt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze wil dat het goed werkt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt. Spare parts run out every week.')).toEqual(['parts']);
  });
});
// Review mend: a verb of finding or reporting answers for the prospect only said by a pronoun of the prospect or no one
// named, with no clause after it saying otherwise or hedging it; German "meldet" reports as Dutch "meldt" does.
describe('a reported view that is not the prospect\'s, or is said otherwise after it', () => {
  it('keeps the guess where someone else finds it, only someone finds it, or the view is contradicted or hedged', () => {
    expect(pains('Rep figured the repair queue was a mess. Der Berater findet, dass es gut läuft, sie sieht das anders.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Nur der Chef findet, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Alleen de baas vindt dat het goed werkt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Zijn vorige leverancier vond dat het goed werkt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. De eigenaar vindt dat het prima loopt.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt, zij niet.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt voor nu.')).toEqual(['repairs']);
  });
  it("still settles it said by the prospect's pronoun, and after German \"meldet\"", () => {
    expect(pains('Rep figured the repair queue was a mess. Ja, ze vindt dat het goed werkt.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Wir finden, dass es gut läuft.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Er meldet, dass es gut läuft.')).toEqual([]);
  });
});
// Review mend (fifty-fourth round): a clause after the reported view counts against it only where it turns the view
// around ("sieht das anders", "zij niet", a "but" clause with a negation), not where its negation agrees ("nie
// Probleme", "nooit problemen", "keine Änderung") or its "other" compares ("anders als", "het andere systeem").
describe('a reported view followed by a clause that agrees with it', () => {
  it('settles the guess where the negation or the "other" after it confirms the view', () => {
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, nie Probleme gehabt.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt, nooit problemen.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, und will keine Änderung.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt, beter dan het andere systeem.')).toEqual([]);
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, anders als mit dem alten System.')).toEqual([]);
  });
  it('keeps the guess where the clause after it turns the view around', () => {
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, ihr Mann sieht das anders.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Ze vindt dat het goed werkt, maar haar collega is het er niet mee eens.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, aber nicht immer.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Sie findet, dass es gut läuft, ihr Team ist anderer Meinung.')).toEqual(['repairs']);
  });
});
// Review mend (fifty-fourth round): the prospect named as the one who finds it ("Anna findet, dass", "Frau Berg findet,
// dass", "mevrouw De Vries vindt dat") answers for the prospect as her pronoun does; another person named does not.
describe('a reported view said by the prospect\'s own name', () => {
  const painsOf = (name: string, notes: string) => contextOf(resolveProspect({ name, notes }, compiled)).painPoints;
  it('settles the guess said by the first name, or the surname with or without a title of address', () => {
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Anna findet, dass es gut läuft.')).toEqual([]);
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Frau Berg findet, dass es gut läuft.')).toEqual([]);
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Berg findet, dass es gut läuft.')).toEqual([]);
    expect(painsOf('Els de Vries', 'Rep figured the repair queue was a mess. Mevrouw De Vries vindt dat het goed werkt.')).toEqual([]);
    expect(painsOf('Jan Smit', 'Rep figured the repair queue was a mess. Meneer Smit vindt dat het goed werkt.')).toEqual([]);
  });
  it('keeps the guess where someone else is named, or the name is not the prospect\'s', () => {
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Klaus findet, dass es gut läuft.')).toEqual(['repairs']);
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Frau Weber findet, dass es gut läuft.')).toEqual(['repairs']);
    expect(painsOf('Anna Berg', 'Rep figured the repair queue was a mess. Annas Chef findet, dass es gut läuft.')).toEqual(['repairs']);
    expect(pains('Rep figured the repair queue was a mess. Anna findet, dass es gut läuft.')).toEqual(['repairs']);
  });
});
