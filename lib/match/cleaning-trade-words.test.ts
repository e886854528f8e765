import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

describe('the cleaning trade named in each of the six languages', () => {
  // An invented vendor of rota software for contract cleaners, beside two other kinds of customer.
  const trades = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'cleaners', label: 'Cleaning crews for hire', aliases: ['janitorial services'] },
      { id: 'stairs', label: 'Stair builders', aliases: ['stairs'] },
      { id: 'hotels', label: 'Hotels', aliases: [] },
    ],
  });
  const ids = (p: { company?: string; industry?: string; notes?: string }) => resolveIndustries(p, trades).map((r) => r.id);

  it('reads Portuguese "limpeza" as the cleaning trade, as Spanish "limpieza" is', () => {
    expect(ids({ company: 'Reluzente Serviços, Lda.', industry: 'Limpeza' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, Lda.', notes: 'Limpeza de escritórios e condomínios em Braga.' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, Lda.', notes: 'Empresa de limpeza com 40 funcionárias.' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, S.L.', notes: 'Empresa de limpieza con 40 empleadas.' })).toEqual(['cleaners']);
  });

  it('does not read the cleaning a hotel does of its own rooms as the trade', () => {
    expect(ids({ company: 'Hotel Alvorada', notes: 'A limpeza dos quartos atrasa o check-in.' })).not.toContain('cleaners');
  });
});
