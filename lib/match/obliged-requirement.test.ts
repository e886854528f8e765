// Conditions of the tool, not the prospect's pain (sixty-first round), on one invented vendor: ticketing software for
// small ferry lines. A thing said to be obliged: "X is mandatory", "X ist Pflicht", "X obligatoire", said of its
// clause's subject, is a requirement; "mandatory" qualifying a noun of their own ("mandatory overtime") still reads.
// Interest on a condition: "interested only if it does X" says what the tool must do; "interested only in X" still
// names their topic.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'privacy', label: 'Privacy compliance', aliases: ['GDPR', 'data protection'] },
    { id: 'paper-tickets', label: 'Paper tickets', aliases: ['paper tickets', 'paper ticket books'] },
    { id: 'crew-overtime', label: 'Crew overtime', aliases: ['overtime'] },
    { id: 'crew-rostering', label: 'Crew rostering', aliases: ['crew rostering', 'crew rota'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('a thing said to be obliged', () => {
  it('reads no pain from a requirement said with "mandatory" after its subject', () => {
    expect(pains('Island ferry line, four boats. Storage inside Norway (GDPR) is mandatory.')).toEqual([]);
    expect(pains('Small ferry operator. GDPR hosting mandatory, not negotiable.')).toEqual([]);
  });
  it('reads no pain from the requirement in the other languages', () => {
    expect(pains('Fährlinie mit drei Schiffen. Serverstandort nach GDPR ist Pflicht.')).toEqual([]);
    expect(pains('Compagnie de bacs sur la Loire. Hébergement conforme GDPR obligatoire.')).toEqual([]);
    expect(pains('Traghetti sul lago. Per il nuovo sistema la conformità GDPR è obbligatoria.')).toEqual([]);
  });
  it('still reads the pain said before the requirement', () => {
    expect(pains('Still selling paper ticket books at the pier. GDPR hosting is mandatory.')).toEqual(['paper-tickets']);
  });
  it('reads the pain where "mandatory" qualifies a noun of their own', () => {
    expect(pains('Deckhands are on their fourth mandatory overtime shift this week.')).toEqual(['crew-overtime']);
    expect(pains('Mandatory overtime every summer weekend is wearing the crews out.')).toEqual(['crew-overtime']);
  });
});

// Review mends (sixty-first round): a duty the prospect bears, said with the obliged word, is a pain; the plurals of
// the Romance languages read as their singulars do.
describe('a duty the prospect bears', () => {
  it('reads the pain where the obliged word comes after an article or a possessive', () => {
    expect(pains('Our compulsory overtime on ferry weekends is wrecking the deckhands.')).toEqual(['crew-overtime']);
    expect(pains('Der Fährbetrieb hat drei Schiffe. Die Pflicht-Überstunden zermürben die Deckhands.')).toEqual(['crew-overtime']);
  });
  it('reads the pain where the sentence goes on to say what the duty does', () => {
    expect(pains('Weekend overtime is compulsory all summer and the deckhands are worn out.')).toEqual(['crew-overtime']);
    expect(pains('Überstunden sind Pflicht im Sommer, die Matrosen sind erschöpft.')).toEqual(['crew-overtime']);
    expect(pains('Les heures supplémentaires sont obligatoires en été, les matelots sont épuisés.')).toEqual(['crew-overtime']);
    expect(pains('Overuren zijn verplicht in de zomer en de matrozen zijn op.')).toEqual(['crew-overtime']);
    expect(pains('Compulsory: paper ticket books at every pier are slowing boarding.')).toEqual(['paper-tickets']);
  });
  it('ends the requirement at a clause that opens on a contrast', () => {
    expect(pains('Safety drills are compulsory but the overtime logs keep going missing.')).toEqual(['crew-overtime']);
  });
});

describe('the plurals of the obliged word', () => {
  it('reads no pain from a requirement said with a plural', () => {
    expect(pains('Servidores GDPR en la UE y copias son obligatorias.')).toEqual([]);
    expect(pains('Servidores GDPR na UE e cópias são obrigatórias.')).toEqual([]);
    expect(pains('Server GDPR in UE e copie sono obbligatorie.')).toEqual([]);
    expect(pains('Servidores GDPR en la UE y copias son obligatorios.')).toEqual([]);
  });
});

describe('interest on a condition of the tool', () => {
  it('reads no pain from the condition in English', () => {
    expect(pains('Two-boat ferry on the lough. Interested only if we also cover crew rostering.')).toEqual([]);
    expect(pains('Harbour ferry, happy with their till; only interested if the app handles crew rostering too.')).toEqual([]);
  });
  it('reads no pain from the condition in the other languages', () => {
    expect(pains('Fähre am See. Nur interessiert, wenn das Tool auch die crew rota abdeckt.')).toEqual([]);
    expect(pains('Bac sur la Loire. Intéressés seulement si vous gérez le crew rostering.')).toEqual([]);
    expect(pains('Traghetti sul lago. Interessati solo se gestite anche il crew rostering.')).toEqual([]);
  });
  it('still reads a pain said before the condition, and a topic said with "only in"', () => {
    expect(pains('Still selling paper ticket books at the pier. Only interested if it covers crew rostering.')).toEqual(['paper-tickets']);
    expect(pains('Interested only in crew rostering for the summer boats.')).toEqual(['crew-rostering']);
  });
});
