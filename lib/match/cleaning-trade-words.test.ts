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
      { id: 'teeth', label: 'Dental surgeries', aliases: ['dental clinic'] },
      { id: 'lawyers', label: 'Solicitors', aliases: ['law firm'] },
    ],
  });
  const ids = (p: { company?: string; industry?: string; notes?: string }) => resolveIndustries(p, trades).map((r) => r.id);

  it('reads Portuguese "limpeza" as the cleaning trade, as Spanish "limpieza" is', () => {
    expect(ids({ company: 'Reluzente Serviços, Lda.', industry: 'Limpeza' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, Lda.', notes: 'Limpeza de escritórios e condomínios em Braga.' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, Lda.', notes: 'Empresa de limpeza com 40 funcionárias.' })).toEqual(['cleaners']);
    expect(ids({ company: 'Reluzente Serviços, S.L.', notes: 'Empresa de limpieza con 40 empleadas.' })).toEqual(['cleaners']);
  });

  it('does not read the cleaning a business does of its own rooms as the trade, whatever its name', () => {
    expect(ids({ company: 'Pousada Ribeirinha', notes: 'Hotel de 30 quartos. A limpeza dos quartos atrasa o check-in.' })).not.toContain('cleaners');
    expect(ids({ company: 'Pousada Ribeirinha', notes: 'A limpeza dos quartos atrasa o check-in.' })).not.toContain('cleaners');
    expect(ids({ company: 'Mourão & Vaz', notes: 'Law firm, 9 partners. A limpeza das salas é feita ao sábado.' })).toEqual(['lawyers']);
  });

  it('does not read a service of another trade named with "limpeza" as the cleaning trade', () => {
    expect(ids({ company: 'Sorriso Norte', notes: 'Dental clinic. Limpeza dentária e implantes, 4 cadeiras.' })).toEqual(['teeth']);
    expect(ids({ company: 'Sorriso Norte', notes: 'Fazemos limpeza de pele e massagens.' })).toEqual([]);
    expect(ids({ company: 'Quadrícula', notes: 'Limpeza de dados do ERP para clientes.' })).toEqual([]);
  });
});
