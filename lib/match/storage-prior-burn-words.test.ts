// Three everyday words of the notes in six languages (fifty-seventh round), read as their English: storage ("Speicher",
// "stockage", "almacenamiento", "archiviazione", "opslag", "armazenamento"), which the industry words read as the
// warehousing trade; prior ("antérieurs", "anteriores", "frühere", "eerdere"); and burning a disc ("masterizzano",
// "graver", "brennen", "branden"). Invented vendor: drawing management software for land surveying offices.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, contextOf, resolveProspect } from '.';

const vendor = compileTaxonomy({
  personas: [],
  industries: [],
  painPoints: [
    { id: 'storage', label: 'Storage running out', aliases: ['storage', 'disk space'] },
    { id: 'prior', label: 'Slow access to prior surveys', aliases: ['prior surveys', 'prior plans', 'prior'] },
    { id: 'handover', label: 'Handing drawings to clients', aliases: ['burning DVDs', 'client portal'] },
  ],
} satisfies Taxonomy);
const pains = (notes: string) => contextOf(resolveProspect({ notes }, vendor)).painPoints;

describe('storage, prior and burning said in six languages', () => {
  it('reads the storage words of the notes as storage', () => {
    for (const note of [
      'The storage in the office is almost full again after every project.',
      'Der Speicher im Büro ist nach jedem Projekt wieder fast voll.',
      'Le stockage des relevés grossit chaque trimestre.',
      'El almacenamiento de los levantamientos crece sin parar.',
      "L'archiviazione dei rilievi cresce di mese in mese.",
      'De opslag van de metingen groeit elk kwartaal.',
      'O armazenamento dos levantamentos cresce todos os meses.',
    ])
      expect(pains(note), note).toContain('storage');
  });
  it('reads prior surveys said with the languages\' word for prior', () => {
    for (const note of [
      'The prior plans of the plot take a minute to open.',
      "Les plans antérieurs du terrain mettent une minute à s'ouvrir.",
      'Los planos anteriores de la parcela tardan un minuto en abrirse.',
      'Die früheren Pläne der Parzelle brauchen eine Minute.',
      'De eerdere plannen van het perceel laden traag.',
      'I rilievi precedenti del lotto si aprono lentamente.',
      'Les relevés précédents du lot sont lents à ouvrir.',
      'Die vorherigen Pläne des Grundstücks laden langsam.',
      'De vorige plannen van de kavel openen traag.',
      'Los planos previos del lote se abren despacio.',
    ])
      expect(pains(note), note).toContain('prior');
  });
  it('reads burning discs for clients as the handover pain', () => {
    for (const note of [
      'Ogni settimana masterizzano DVD per i committenti.',
      'Ils doivent graver des DVD pour chaque client.',
      'Für jeden Bauherrn brennen sie noch DVDs.',
      'Ze branden nog steeds dvd\'s voor elke klant.',
      'Sie brennt jede Woche DVDs für die Auftraggeber.',
      "Hij brandt elke week dvd's voor de opdrachtgevers.",
    ])
      expect(pains(note), note).toContain('handover');
  });
});
