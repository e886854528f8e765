import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented vendor of ordering software for the plant trade; one florists' asset happens to say "year", "day" and
// "time", words no other asset uses.
const taxonomy = {
  personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
  industries: [
    { id: 'nurseries', label: 'Plant nurseries', aliases: ['wholesale growers'] },
    { id: 'florists', label: 'Florists', aliases: ['flower shops'] },
    { id: 'landscapers', label: 'Landscapers', aliases: ['garden contractors'] },
    { id: 'centres', label: 'Garden centres', aliases: [] },
  ],
  painPoints: [{ id: 'waste', label: 'Stock waste', aliases: [] }],
};
const asset = (id: string, title: string, industries: string[]) => ({ id, title, painPoints: [], industries });
const assets = [
  asset('a1', 'Propagation benches and cuttings', ['nurseries']),
  asset('a2', 'Bouquet orders, a year of weddings one day at a time', ['florists']),
  asset('a3', 'Bouquet wrapping and stems', ['florists']),
  asset('a4', 'Hedging quotes for contractors', ['landscapers']),
  asset('a5', 'Bedding plants on the tills', ['centres']),
];
const compiled = compileTaxonomy(taxonomy, assets);
const read = (notes: string) => resolveIndustries({ company: 'Marrow Lane Ltd', notes }, compiled).map((r) => r.id);

describe("everyday words said on one asset (fifty-first round)", () => {
  it('reads no segment from the commonest words of the language alone', () => {
    expect(read('Call back next year, some day when they have time.')).toEqual([]);
  });

  it("still reads a segment by the trade's own words of its assets", () => {
    expect(read('Bouquet wrapping, stems and weddings are most of it.')).toEqual(['florists']);
  });
});

// An invented vendor of booking software for clinics and property firms; a trade's word that shares its stem with an
// everyday word ("hearing" of "hear", "developers" of "develop") is said on one asset of its segment.
describe('a trade word sharing its stem with an everyday word (review mend)', () => {
  const tax = {
    personas: [{ id: 'owner', label: 'Owner', aliases: [] }],
    industries: [
      { id: 'aud', label: 'Audiology clinics', aliases: [] },
      { id: 'opt', label: 'Optometry practices', aliases: [] },
      { id: 'den', label: 'Dental practices', aliases: [] },
      { id: 'dev', label: 'Property firms', aliases: [] },
      { id: 'lig', label: 'Electrical contractors', aliases: [] },
    ],
    painPoints: [{ id: 'noshow', label: 'No-shows', aliases: [] }],
  };
  const a = (id: string, title: string, ind: string) => asset(id, title, [ind]);
  const clinics = compileTaxonomy(tax, [
    a('1', 'Hearing aid fittings: follow-up reminders', 'aud'), a('2', 'Tinnitus consultations booked online', 'aud'), a('3', 'Audiogram results by text', 'aud'),
    a('4', 'Eye exam recalls for contact lens wearers', 'opt'), a('5', 'Frames and spectacle collection', 'opt'), a('6', 'Retinal scans booked online', 'opt'),
    a('7', 'Hygienist recalls for dentists', 'den'), a('8', 'Orthodontic aligner reviews', 'den'), a('9', 'Crowns and implants consultations', 'den'),
    a('10', 'Off-plan sales for developers: reservation deposits', 'dev'), a('11', 'Lettings inspections', 'dev'), a('12', 'Block management service charges', 'dev'),
    a('13', 'Lighting installs and emergency lighting tests', 'lig'), a('14', 'Rewires and consumer units', 'lig'), a('15', 'EICR certificates', 'lig'),
  ]);
  const readClinics = (notes: string) => resolveIndustries({ company: 'Quillon Ltd', notes }, clinics).map((r) => r.id);

  it('reads the segment whose asset says the trade word', () => {
    expect(readClinics('Independent hearing aid fittings shop.')).toEqual(['aud']);
    expect(readClinics('Residential developers, off-plan reservation deposits.')).toEqual(['dev']);
  });

  it('still reads nothing from the everyday words alone', () => {
    expect(readClinics('Call back next year, some day.')).toEqual([]);
  });
});
