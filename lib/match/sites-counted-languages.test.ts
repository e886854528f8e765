// A count of the business's own sites in the six other languages ("eine Filiale", "deux magasins", "tres tiendas",
// "due negozi", "vier vestigingen", "duas lojas") says how big the business is, as "one location" does in English:
// its words give no pain through the library's words where nothing beside them says a problem (fifty-fourth round).
// Invented vendor: till and ordering software for florists' chains, its library partly localised.
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { compileTaxonomy, resolveProspect } from '.';

const asset = (id: string, title: string, painPoints: string[]) => ({ id, title, painPoints, industries: [], personas: [] });
const localised = [
  'Umsatz je Filiale am Abend', 'Jede Filiale im Wochenbericht', 'Alle Filialen auf einem Bildschirm',
  'Le chiffre de chaque magasin le soir', 'Un tableau pour tous les magasins', 'Magasins comparés sans tableur',
  'Ventas de cada tienda al cierre', 'Todas las tiendas en una pantalla', 'Tiendas comparadas sin hojas',
  'Vendite di ogni negozio alla chiusura', 'Tutti i negozi su uno schermo', 'Negozi a confronto senza fogli',
  'Omzet per vestiging na sluiting', 'Alle vestigingen op één scherm', 'Vestigingen vergeleken zonder sheets',
  'Vendas de cada loja ao fecho', 'Todas as lojas num só ecrã', 'Lojas comparadas sem folhas',
];
const english = [
  'Order stems to demand and bin fewer', 'Cold room stock counted by the bucket', 'Markdown bunches before they wilt',
  'Wedding orders costed stem by stem', 'Auction buying against last year', 'Bucket water and vase life logged',
  'Funeral tributes priced in minutes', 'Seasonal stock planned for Valentine', 'Wholesale invoices matched to deliveries',
  'Saturday rotas without the group chat', 'Cover for a florist off sick', 'Holiday requests without the diary',
  'Van drivers and delivery slots', 'Delivery routes before the morning run', 'Payroll hours from the till',
];
const florists = compileTaxonomy(
  {
    personas: [{ id: 'owner', label: 'Florist owner', aliases: [] }],
    industries: [],
    painPoints: [
      {
        id: 'shop-figures',
        label: 'Figures across shops',
        aliases: ['Filiale und Filialen im Vergleich', 'magasin et magasins', 'tienda y tiendas', 'negozio e negozi', 'vestiging en vestigingen', 'loja e lojas'],
      },
      { id: 'wilt', label: 'Wilted stock thrown away', aliases: ['unsold flowers', 'stem waste'] },
      { id: 'rota', label: 'Weekend shift rotas', aliases: ['shift cover'] },
    ],
  } satisfies Taxonomy,
  [
    ...localised.map((title, i) => asset(`l${i}`, title, ['shop-figures'])),
    ...english.map((title, i) => asset(`e${i}`, title, [i < 9 ? 'wilt' : 'rota'])),
  ] as never,
);
const pains = (notes: string) => resolveProspect({ title: 'Owner', notes }, florists).painPoints.map((p) => p.id);

describe('a count of the business own sites in six languages', () => {
  it('reads no pain from the sites counted', () => {
    expect(pains('Blumenhaus seit 1987, eine Filiale in Kassel.')).not.toContain('shop-figures');
    expect(pains('Fleuriste depuis 1990, deux magasins à Nantes.')).not.toContain('shop-figures');
    expect(pains('Floristería familiar, tres tiendas en Burgos.')).not.toContain('shop-figures');
    expect(pains('Fioraio di famiglia, due negozi a Bergamo.')).not.toContain('shop-figures');
    expect(pains('Bloemist sinds 1995, vier vestigingen in Zeeland.')).not.toContain('shop-figures');
    expect(pains('Florista desde 2001, duas lojas em Braga.')).not.toContain('shop-figures');
  });
  it('reads no pain from one site, though the notes say another problem', () => {
    expect(pains('Eine Filiale in Kassel. The Saturday rota is a mess and nobody covers sick days.')).not.toContain('shop-figures');
    expect(pains('Eine Filiale in Kassel. The Saturday rota is a mess and nobody covers sick days.')).toContain('rota');
  });
  it('keeps the count where the notes say a problem of the sites', () => {
    expect(pains('Drei Filialen in Kassel. Nobody can compare the figures across them and the reports are a mess.')).toContain('shop-figures');
  });
});
