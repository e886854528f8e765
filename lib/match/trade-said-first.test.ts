// A company's name in another language that says its trade first, before a proper name and a legal form ("Brauerei
// Quellbrink GmbH", "Torrefazione Zanforlin S.r.l."): read as the English name with its trade last ("Quellbrink Brewery", "Zanforlin
// Coffee Roasters") is, the plain kind of the trade the vendor divides into kinds (fifty-ninth round). The roasting
// words are read so only in a name, not in the notes. Invented vendors and records.
import { describe, expect, it } from 'vitest';
import type { Prospect, Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const industriesOf = (p: Partial<Prospect>, c: ReturnType<typeof compileTaxonomy>) =>
  contextOf(resolveProspect({ name: 'Ana Prado', title: 'Owner', source: { crm: 'hubspot', recordType: 'contact', recordId: '1' }, ...p } as Prospect, c)).industries;

// Software for coffee roasting businesses, in kinds of roaster.
const roastVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'small', label: 'Artisan coffee roasters', aliases: ['small-batch coffee roaster', 'craft coffee'] },
    { id: 'large', label: 'Industrial coffee roasters', aliases: ['coffee factory', 'coffee capsule maker'] },
    { id: 'shops', label: 'Coffee bar chains', aliases: ['espresso bar group', 'coffee house group'] },
  ],
  painPoints: [],
} satisfies Taxonomy);
// Software for beer makers, in kinds of brewery.
const beerVendor = compileTaxonomy({
  personas: [],
  industries: [
    { id: 'craft', label: 'Craft breweries', aliases: ['microbrewery'] },
    { id: 'big', label: 'Industrial breweries', aliases: ['beer factory'] },
    { id: 'pubs', label: 'Pub groups', aliases: ['taproom chain'] },
  ],
  painPoints: [],
} satisfies Taxonomy);

describe('a trade said first in a name in another language', () => {
  it('reads the roasting word first in six languages as the English name with the roasters last does', () => {
    const english = industriesOf({ company: 'Zanforlin Coffee Roasters' }, roastVendor);
    expect(english).toEqual(['small']);
    for (const company of ['Rösterei Oberwaldner GmbH', 'Torréfaction Kerhervé SARL', 'Brûlerie du Port', 'Tostadero Iriarte S.L.',
      'Torrefazione Zanforlin S.r.l.', 'Koffiebranderij Van Eyck B.V.', 'Torrefação Meireles, Lda.'])
      expect(industriesOf({ company }, roastVendor), company).toEqual(english);
  });
  it('still reads a brewery word said first, which the lexicon reads already', () => {
    expect(industriesOf({ company: 'Quellbrink Brewery' }, beerVendor)).toEqual(['craft']);
    expect(industriesOf({ company: 'Brauerei Quellbrink GmbH' }, beerVendor)).toEqual(['craft']);
  });
  it('reads no roastery from roasting said in the notes, nor where the name says another kind after the word', () => {
    expect(industriesOf({ company: 'Kerhervé SARL', notes: 'La torréfaction tourne bien, le souci est la facturation.' }, roastVendor)).toEqual([]);
    expect(industriesOf({ company: 'Torréfaction Kerhervé Logiciels' }, roastVendor)).toEqual([]);
  });
});
