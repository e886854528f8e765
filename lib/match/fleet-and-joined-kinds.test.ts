import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from './compile';
import { resolveIndustries } from './resolve';

// An invented crew-pay vendor for fishing boats, its segments kinds of boat and gear. Sector knowledge reads the
// trade's own words (trawlers, gillnets, seines, fisheries) as farming, forestry and fishing, so a CRM's "Fisheries"
// is the vendor's whole market: the notes pick the kind, not the one entry whose alias happens to say "fishery".
const boats = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'draggers', label: 'Dragger fleets', aliases: ['beam trawl', 'scallop dredge'] },
    { id: 'creels', label: 'Creel boats', aliases: ['creel fishery', 'whelk pots'] },
    { id: 'freezers', label: 'Freezer stern trawlers', aliases: ['factory ships'] },
    { id: 'netters', label: 'Gillnet and seine boats', aliases: ['drift netters'] },
  ],
});
// An invented claims-software vendor selling to banks and insurers. A CRM value joining both entries' names says the
// business is one of them: the company's name or the notes say which.
const money = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'banks', label: 'Banking', aliases: ['savings banks', 'cooperative banks'] },
    { id: 'insurers', label: 'Insurance', aliases: ['assurance mutuals', 'reinsurers'] },
  ],
});
const ids = (prospect: { company?: string; industry?: string; notes?: string }, c = boats) => resolveIndustries(prospect, c).map((r) => r.id).sort();

describe('fishing boats and gear as a sector', () => {
  it('reads the kind of boat the notes name under a value that says only fisheries', () => {
    expect(ids({ company: 'Tollkeel Marine', industry: 'Fisheries', notes: 'Runs two freezer stern trawlers out of the north harbour.' })).toEqual(['freezers']);
    expect(ids({ company: 'Tollkeel Marine', industry: 'Fisheries', notes: 'Three gillnet and seine boats, crews of four.' })).toEqual(['netters']);
  });
  it('still reads the creel entry where the notes say it', () => {
    expect(ids({ company: 'Tollkeel Marine', industry: 'Fisheries', notes: 'Six creel boats working whelk pots.' })).toEqual(['creels']);
  });
});

describe('a value joining two entries of one sector', () => {
  it('reads the entry the company name starts one of its names with', () => {
    expect(ids({ company: 'Velquist Assurance', industry: 'Insurance & Banking' }, money)).toEqual(['insurers']);
  });
  it('reads the entry the notes name whole', () => {
    expect(ids({ company: 'Velquist Holdings', industry: 'Insurance & Banking', notes: 'Runs eleven savings banks in the valley.' }, money)).toEqual(['banks']);
  });
  it('keeps both where nothing says which', () => {
    expect(ids({ company: 'Velquist Holdings', industry: 'Insurance & Banking', notes: 'Asked for a demo in March.' }, money)).toEqual(['banks', 'insurers']);
  });
});

// An invented casework vendor for welfare providers: the kinds of social service named in the six languages.
const welfare = compileTaxonomy({
  personas: [],
  painPoints: [],
  industries: [
    { id: 'youth', label: 'Youth welfare services', aliases: ['child protection'] },
    { id: 'street', label: 'Street homelessness', aliases: ['homeless services', 'emergency accommodation'] },
    { id: 'arrivals', label: 'Asylum and resettlement', aliases: ['asylum seekers'] },
  ],
});

describe('kinds of social service in six languages', () => {
  it('reads child welfare, homelessness and asylum words', () => {
    expect(ids({ company: 'Verein Brelmark', notes: 'Träger der Wohnungslosenhilfe im Landkreis.' }, welfare)).toEqual(['street']);
    expect(ids({ company: 'Association Brelmark', notes: "Gère deux centres d'hébergement d'urgence." }, welfare)).toEqual(['street']);
    expect(ids({ company: 'Fundación Brelmark', notes: 'Programa para solicitantes de asilo en tres provincias.' }, welfare)).toEqual(['arrivals']);
    expect(ids({ company: 'Brelmark Jeugdbescherming' }, welfare)).toEqual(['youth']);
  });
});
