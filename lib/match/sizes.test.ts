import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';
import { isSizeClassValue, sizeOfEntry, sizeSaid } from './sizes';

const empty = { personas: [], painPoints: [] };

describe('segments by size', () => {
  const byHeadcount = compileTaxonomy({
    ...empty,
    industries: [
      { id: 'smb', label: 'Small business', aliases: ['SMB'] },
      { id: 'mid', label: 'Mid-market', aliases: ['100-999 employees'] },
      { id: 'ent', label: 'Enterprise', aliases: [] },
      { id: 'agency', label: 'Marketing agencies', aliases: ['agency'] },
    ],
  });
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, byHeadcount).map((r) => r.id);

  it('reads the size an entry says in words or numbers', () => {
    expect(sizeOfEntry(['Mid-size firms', '50-300 lawyers'])).toEqual({ range: [50, 300] });
    expect(sizeOfEntry(['Enterprise accounts', '5,000+ employees'])).toEqual({ range: [5000, Infinity] });
    expect(sizeOfEntry(['Small & solo practices'])).toEqual({ class: 0 });
    expect(sizeOfEntry(['Companion animal practice', 'small animal clinic'])).toBeUndefined();
    expect(sizeOfEntry(['Equine and mixed animal', 'large animal'])).toBeUndefined();
    expect(sizeOfEntry(['Hotels & resorts', 'boutique hotel'])).toBeUndefined();
    expect(sizeOfEntry(['Mid-Atlantic health systems'])).toBeUndefined();
    expect(sizeOfEntry(['Social enterprises', 'community interest company'])).toBeUndefined();
  });

  it('reads how many people a business has from its notes', () => {
    expect(sizeSaid('we are a 2 lawyer shop')?.count).toBe(2);
    expect(sizeSaid('AR is up 30% across our 1,100 timekeepers')?.count).toBe(1100);
    expect(sizeSaid('Family law solo, met at a CLE')?.count).toBe(1);
    expect(sizeSaid('about 40 Mitarbeiter in zwei Werken')?.count).toBe(40);
    expect(sizeSaid('we bill $40 a month, 3 sites')).toBeUndefined();
  });

  it('names the entry of the size the notes, the company or a CRM size value say', () => {
    expect(ids({ company: 'Brightline Media', industry: 'Marketing and Advertising', notes: 'Agency with ~1,200 employees in 9 countries.' })).toEqual(['agency', 'ent']);
    expect(ids({ company: 'Brightline Media', industry: 'Marketing and Advertising', notes: 'A 12 staff agency.' })).toEqual(['agency', 'smb']);
    expect(ids({ company: 'Brightline Media (350 employees)', industry: 'Marketing and Advertising' })).toEqual(['agency', 'mid']);
    expect(ids({ company: 'Brightline Media', industry: '11-50 employees', notes: 'Creative agency.' })).toEqual(['agency', 'smb']);
  });

  it('says nothing of size when no count is given or the business is not read in the market', () => {
    expect(ids({ company: 'Brightline Media', industry: 'Marketing and Advertising', notes: 'Wants a demo.' })).toEqual(['agency']);
    expect(ids({ company: 'Granite Foods', industry: 'Food Production', notes: '300 employees, one plant.' })).toEqual([]);
  });
});

describe('a size class in the CRM value', () => {
  it('is read as a size, not a kind, in the six languages and as CRMs write it', () => {
    for (const v of ['Small/Medium Enterprise', 'SMB', 'Mid-Market', 'Large Enterprise', 'Small Business', 'PME', 'Petites et moyennes entreprises', 'KMU', 'Mittelstand', 'Großunternehmen', 'PYME', 'Grandes empresas', 'Piccole e medie imprese', 'PMI', 'MKB', 'Pequenas e médias empresas'])
      expect(isSizeClassValue(v), v).toBe(true);
    for (const v of ['Media', 'Media Companies', 'Small Animal Clinics', 'Enterprise Software', 'Medium', 'Big Box Retail', 'Mid-Atlantic', 'Grand Hotels', 'Transportation'])
      expect(isSizeClassValue(v), v).toBe(false);
  });

  it('names no kind through a word an alias shares with it ("small vehicle"): the company and notes decide', () => {
    const transport = compileTaxonomy({
      ...empty,
      industries: [
        { id: 'contractors', label: 'School bus contractors', aliases: ['school bus company'] },
        { id: 'alt', label: 'Alternative student transport providers', aliases: ['van operators', 'small vehicle'] },
      ],
    });
    const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, transport).map((r) => r.id);
    expect(ids({ industry: 'Small/Medium Enterprise', company: 'Castellano Lines Inc.', notes: 'runs van operators for two districts' })).toEqual(['alt']);
    expect(ids({ industry: 'Small/Medium Enterprise', company: 'Castellano Lines Inc.', notes: 'wants a demo' })).toEqual([]);
    // A taxonomy cut by size still reads its own size words in the value.
    expect(ids({ industry: 'Small vehicle', company: 'Castellano Lines Inc.' })).toEqual(['alt']);
  });
});

describe('two entries guessed from the CRM sector alone', () => {
  const accounting = compileTaxonomy({
    ...empty,
    industries: [
      { id: 'big', label: 'Large accounting firms', aliases: ['Big Four', 'national firm'] },
      { id: 'local', label: 'Local accounting practices', aliases: ['sole practitioner', 'community practice'] },
      { id: 'tax', label: 'Tax preparers', aliases: ['tax preparation'] },
      { id: 'pay', label: 'Payroll bureaus', aliases: [] },
    ],
  });
  const ids = (notes: string) => resolveIndustries({ industry: 'Accounting', company: 'Harlow Reed', notes }, accounting).map((r) => r.id);

  it('are none when nothing chooses between them: a guess between kinds is no reading', () => {
    expect(ids('Wants a demo.')).toEqual([]);
  });

  it('are the one the notes name by a whole label or alias', () => {
    expect(ids('A national firm with offices in 30 states.')).toEqual(['big']);
    expect(ids('community practice, mostly farm clients')).toEqual(['local']);
  });
});
