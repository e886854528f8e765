// Overtime said as its pay rate ("time and a half") or as extra hours ("heures supplémentaires", "horas extra"), the
// ordinary words of English, French, Spanish and Portuguese for it, read as the overtime pain (forty-eighth round).
// Invented vendor: rota software for hotel housekeeping teams.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'overtime', label: 'Overtime costs', aliases: ['overtime', 'weekend premiums'] },
    { id: 'linen', label: 'Linen shortages', aliases: ['sheets run out'] },
    { id: 'checkout', label: 'Late room turnover', aliases: ['rooms not ready'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('overtime said as its pay rate or as extra hours', () => {
  it('reads the overtime pain from "time and a half"', () => {
    expect(pains('Every Sunday we pay the room attendants time and a half to cover the gaps.')).toEqual(['overtime']);
    expect(pains('What we spend on time-and-a-half at the airport hotel is silly.')).toEqual(['overtime']);
  });
  it('reads it in French, Spanish and Portuguese', () => {
    expect(pains('Les heures supplémentaires des femmes de chambre explosent cet été.')).toEqual(['overtime']);
    expect(pains('Las horas extra de las camareras de piso se han disparado.')).toEqual(['overtime']);
    expect(pains('As horas extras das camareiras dobraram este ano.')).toEqual(['overtime']);
  });
  it('reads the singular and the standard forms, and French "heures supp"', () => {
    expect(pains('Pagamos hora extra todo fim de semana às camareiras.')).toEqual(['overtime']);
    expect(pains('Las horas extraordinarias de las camareras se han disparado.')).toEqual(['overtime']);
    expect(pains('Les heures supp des femmes de chambre explosent.')).toEqual(['overtime']);
  });
  it('reads nothing from "time" or "half" said otherwise', () => {
    expect(pains('Half the team started at the same time as the new manager.')).toEqual([]);
  });
  it('reads nothing from "time and a half" as a quantity', () => {
    expect(pains('Training the new attendants took time and a half what we planned.')).toEqual([]);
    expect(pains('The spring deep clean took time and a half as long as last year.')).toEqual([]);
  });
});
