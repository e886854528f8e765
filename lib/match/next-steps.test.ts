// The rep's own next steps ("Next steps: send the ... guide", "Action items:" and the list under it, and the six
// languages' headings) are what the rep will send or do: their words read no pain through the library's content
// (fifty-first round). Invented vendor: software for piano tuners.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';
import { nextStepSpans } from './notes';

const tuners: Taxonomy = {
  personas: [],
  industries: [],
  painPoints: [
    { id: 'humidity', label: 'Humidity damage to soundboards', aliases: ['cracked soundboards'] },
    { id: 'routes', label: 'Tuning rounds planned by hand', aliases: ['visits planned on paper'] },
  ],
};
const asset = (pain: string, n: number, title: string) => ({
  id: `${pain}${n}`, title, url: `https://tuners.example/${pain}${n}`, type: 'blog' as const, description: title,
  personas: [], industries: [], painPoints: [pain], stage: 'awareness' as const, publishedAt: '2025-01-01',
});
const vendor = compileTaxonomy(tuners, [
  asset('humidity', 1, 'Keeping church pianos safe through a damp winter: hygrometer readings and soundboard checks'),
  asset('humidity', 2, 'Why concert hall soundboards crack, and the humidifier log that warns you first'),
  asset('routes', 1, 'A tuning round across the county: school visits, concert halls and churches in one day'),
  asset('routes', 2, 'Route planning for piano technicians: fewer miles between school visits'),
]);
const read = (notes: string) => resolveProspect({ title: 'Owner', notes }, vendor).painPoints.map((p) => p.id);

describe("the rep's next steps", () => {
  it('finds a next-steps line, and the list under a heading standing alone, in the six languages too', () => {
    const text = 'Good call.\nAction items:\n- send the hygrometer checklist\n- book a call with Ana\nSentiment: warm';
    expect(nextStepSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(['Action items:\n- send the hygrometer checklist\n- book a call with Ana']);
    for (const heading of ['Next steps:', 'Nächste Schritte:', 'Prochaines étapes :', 'Próximos pasos:', 'Prossimi passi:', 'Volgende stappen:', 'Próximos passos:'])
      expect(nextStepSpans(`Intro call.\n${heading} checklist.`)).toHaveLength(1);
    expect(nextStepSpans('Subject: RE: follow up\nMet at the fair. Follow up in March.')).toEqual([]);
  });
  it("reads no pain from the library's words in what the rep will send", () => {
    expect(read('Owns two shops.\nAction items: send school visits route sample.')).toEqual([]);
    expect(read('Next steps: send the damp winter hygrometer readings guide')).toEqual([]);
  });
  it("still reads the pain the prospect says, and the pain's own name in a next step", () => {
    expect(read('Two cracked soundboards last winter.\nNext steps: send the damp winter hygrometer readings guide')).toEqual(['humidity']);
    expect(read('Owns two shops.\nAction items: send a sample of visits planned on paper.')).toEqual(['routes']);
  });
  it("reads what the prospect said back under a follow-up or to-do, and a next step that reports the prospect", () => {
    expect(read('Follow-up: damp winter hygrometer readings all over the place, still.')).toEqual(['humidity']);
    expect(read('To do: nothing helps, damp winter hygrometer readings all over the place.')).toEqual(['humidity']);
    expect(read('Next steps: they must sort the damp winter hygrometer readings first, then a demo')).toEqual(['humidity']);
    expect(read('Next steps:\n- send the guide\n- damp winter hygrometer readings all over the place, they said')).toEqual(['humidity']);
    expect(read('Follow-ups: Ana to send the damp winter hygrometer readings guide.')).toEqual([]);
    const text = 'Next steps:\n- send the guide\n- the customer wants a discount first\n- book a call';
    expect(nextStepSpans(text).map((s) => text.slice(s.from, s.to))).toEqual(['Next steps:\n- send the guide', '- book a call']);
  });
  it('finds the heading after a no-break space, without its accents, alone in notes with no colon, before a blank line, or with a dash', () => {
    for (const notes of [
      'Prochaines étapes\u00a0: envoyer le guide damp winter hygrometer readings',
      'Prochaines etapes\u202f: envoyer le guide damp winter hygrometer readings',
      'Proximos pasos: send damp winter hygrometer readings guide',
      'Nachste Schritte: send damp winter hygrometer readings guide',
      'Naechste Schritte: send damp winter hygrometer readings guide',
      'Next steps\n- send damp winter hygrometer readings guide',
      'Action item:\n\n- send damp winter hygrometer readings guide',
      'Next steps - send damp winter hygrometer readings guide',
    ]) {
      expect(nextStepSpans(notes)).toHaveLength(1);
      expect(read(notes)).toEqual([]);
    }
    expect(nextStepSpans('Next step for them is fixing the damp winter hygrometer readings.')).toEqual([]);
  });
  it('reads a label and a long run of blanks in linear time (a guard against a quadratic pattern, not a benchmark)', () => {
    for (const label of ['Next steps', 'Action items', '## Next steps']) {
      const notes = `${label}${' '.repeat(20_000)}send the guide\nmore: text`;
      const start = performance.now();
      expect(nextStepSpans(notes)).toEqual([]);
      expect(performance.now() - start).toBeLessThan(100);
    }
  });
});
