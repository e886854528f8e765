import { describe, expect, it } from 'vitest';
import { compileTaxonomy, industryWords } from './compile';
import { resolveIndustries } from './resolve';

describe('a single letter bound to a word by a hyphen', () => {
  // An invented vendor of fleet software for scooter businesses: one entry's only alias is a letter-prefixed
  // compound. Read without its letter it was the bare head, and named the entry wherever a scooter was said.
  const scooters = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'repair', label: 'Scooter repair workshops', aliases: ['moped mechanics'] },
      { id: 'sharing', label: 'Shared mobility operators', aliases: ['e-scooters'] },
      { id: 'dealers', label: 'Moped dealerships', aliases: ['two-wheeler showrooms'] },
    ],
  });
  const ids = (p: { industry?: string; company?: string; notes?: string }) => resolveIndustries(p, scooters).map((r) => r.id);

  it('is read joined to the word, as the compound is also written', () => {
    expect(industryWords('e-scooters')).toEqual(industryWords('escooters'));
    expect(industryWords('x-rays')).not.toContain('rai');
  });

  it('does not let the compound name its entry by its head alone', () => {
    expect(ids({ company: 'Tillbrook Scooters', notes: 'Sells and services petrol scooters for commuters.' })).not.toContain('sharing');
  });

  it('still reads the compound said whole, hyphenated or joined', () => {
    expect(ids({ company: 'Tillbrook Mobility', notes: 'Runs 400 e-scooters across two cities.' })).toEqual(['sharing']);
    expect(ids({ company: 'Tillbrook Mobility', notes: 'Runs 400 escooters across two cities.' })).toEqual(['sharing']);
  });
});

describe('the parts of a building and a home in other languages', () => {
  // An invented vendor of quoting software for fitters and renovators; the notes say the trade's work in German,
  // Spanish, Italian, Dutch, Portuguese and French.
  const fitters = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'stairs', label: 'Staircase joiners', aliases: ['stairs', 'balustrades'] },
      { id: 'baths', label: 'Bathroom fitters', aliases: ['bathrooms', 'wet rooms'] },
      { id: 'fronts', label: 'Facade renovators', aliases: ['facades', 'render repairs'] },
      { id: 'old', label: 'Listed-building specialists', aliases: ['restoration', 'monuments'] },
    ],
  });
  const ids = (notes: string) => resolveIndustries({ company: 'Quillfield', notes }, fitters).map((r) => r.id);

  it('reads each as the entry its English word names', () => {
    expect(ids('Baut Treppen aus Eiche für Altbauten.')).toEqual(['stairs']);
    expect(ids('Reforma baños completos en dos semanas.')).toEqual(['baths']);
    expect(ids('Rifanno facciate di condomini.')).toEqual(['fronts']);
    expect(ids('Doet vooral restauratie van molens.')).toEqual(['old']);
    expect(ids('Reabilita escadas de madeira.')).toEqual(['stairs']);
    expect(ids('Refait des salles de bains clé en main.')).toEqual(['baths']);
  });

  it('leaves the catering sense of a word of two senses alone', () => {
    expect(ids('Travaille pour la restauration collective.')).toEqual([]);
  });
});

describe('rooms and buildings that hold computers, in other languages', () => {
  // An invented vendor of cooling sensors: the kinds of site it sells to, named in English; the notes say them in
  // French, Spanish, Italian, Portuguese, German and Dutch.
  const cooling = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'closets', label: 'In-house server rooms', aliases: ['server-room', 'comms room'] },
      { id: 'campus', label: 'Campus computing', aliases: ['university supercomputers'] },
      { id: 'hosts', label: 'Hosting firms', aliases: ['managed hosts'] },
      { id: 'colo', label: 'Colocation operators', aliases: ['data centre'] },
    ],
  });
  const ids = (notes: string, company = 'Brindlewick') => resolveIndustries({ company, notes }, cooling).map((r) => r.id);

  it('reads each as the entry its English words name', () => {
    expect(ids('Trois salles serveurs au sous-sol, climatisées par deux splits.')).toEqual(['closets']);
    expect(ids('La sala de servidores se calienta cada verano.')).toEqual(['closets']);
    expect(ids('Una sala server al piano terra, senza sonde.')).toEqual(['closets']);
    expect(ids('Der Serverraum hat keine Temperaturfühler.')).toEqual(['closets']);
    expect(ids('Hébergement infogéré pour des cabinets comptables.')).toEqual(['hosts']);
    expect(ids('', 'Centre de calcul universitaire de Brindlewick')).toEqual(['campus']);
    expect(ids('', 'Centro di calcolo interuniversitario Brindlewick')).toEqual(['campus']);
  });

  it('leaves a lodging provider and a training abbreviation alone', () => {
    expect(ids('Hébergeur de gîtes ruraux, douze chambres.')).toEqual([]);
    expect(ids('Logs CPD hours for the firm each quarter.')).toEqual([]);
    expect(ids('Al, CPD lead, signs off the hours each quarter.')).toEqual([]);
  });
});

describe('words of other languages for rooms that hold computers, read only in their sense', () => {
  // An invented vendor of booking software for several kinds of customer, two of them computer rooms.
  const kinds = compileTaxonomy({
    personas: [],
    painPoints: [],
    industries: [
      { id: 'closets', label: 'In-house server rooms', aliases: ['server-room'] },
      { id: 'halls', label: 'Shared rack halls', aliases: ['data centre'] },
      { id: 'shops', label: 'Corner shops', aliases: ['retail shop'] },
      { id: 'clubs', label: 'Amateur sports clubs', aliases: ['rugby club', 'netball club'] },
      { id: 'campus', label: 'Campus bodies', aliases: ['university'] },
      { id: 'books', label: 'Bookkeeping practices', aliases: ['accounting firm'] },
    ],
  });
  const ids = (notes: string, company = 'Quillmere') => resolveIndustries({ company, notes }, kinds).map((r) => r.id);

  it('does not read an English point of sale server as Italian server rooms', () => {
    expect(ids('Retail shop. Every till syncs with the point of sale server nightly.')).toEqual(['shops']);
  });

  it('does not read a tournament between universities as a university', () => {
    expect(ids('Netball club. Cada otoño jugamos el torneo interuniversitario de Quillmere.')).toEqual(['clubs']);
  });

  it('does not read an English name before CPD as a Spanish data centre', () => {
    expect(ids('Accounting firm. Al, CPD lead, keeps the log in a spreadsheet.')).toEqual(['books']);
    expect(ids('Accounting firm, 25 staff. Del CPD logs are on paper.')).toEqual(['books']);
    expect(ids('El CPD propio se calienta en verano.')).toEqual(['halls']);
    expect(ids('Los racks del CPD se calientan en agosto.')).toEqual(['halls']);
  });

  it('reads a French computer room as a server room only beside a server or its cooling', () => {
    expect(ids('Trois salles informatiques de 15 postes pour les cours du soir.')).toEqual([]);
    expect(ids('La salle informatique et ses baies de serveurs chauffent en été.')).toEqual(['closets']);
  });
});
