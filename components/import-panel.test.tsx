// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImporterState } from '@/hooks/use-importer';
import type { TaxonomyEntry } from '@/lib/model';
import { ImportPanel } from './import-panel';

afterEach(cleanup);

type Preview = Extract<ImporterState, { step: 'preview' }>['preview'];
const entry = (label: string): TaxonomyEntry => ({ id: label.toLowerCase().replace(/\W+/g, '-'), label, aliases: [] });

function preview(over: Partial<Preview> = {}): Preview {
  return {
    fileName: 'taxonomy.json', kind: 'pack', fileErrors: [], rejected: [], warnings: [], added: [], updated: [], unchanged: 0,
    removedOnReplace: [{ id: 'x', title: 'Old' }], newTaxonomy: { personas: [], industries: [], painPoints: [] },
    newAliases: { personas: [], industries: [], painPoints: [] }, renamed: { personas: [], industries: [], painPoints: [] }, ...over,
  };
}

function show(p: Preview, importable: number) {
  const onConfirm = vi.fn();
  render(<ImportPanel state={{ step: 'preview', preview: p, importable }} onChoose={() => undefined} onConfirm={onConfirm} onReset={() => undefined} onClose={() => undefined} />);
  return onConfirm;
}

/** The panel once an import of no assets is written, with what the preview said it adds. */
function showDone(fileName: string, added: { taxonomyAdded?: number; aliasesAdded?: number; renamed?: number }) {
  const summary = { added: 0, updated: 0, unchanged: 0, removed: 0, taxonomy: 40 };
  const state: ImporterState = { step: 'committed', fileName, summary, taxonomyAdded: added.taxonomyAdded ?? 0, aliasesAdded: added.aliasesAdded ?? 0, renamed: added.renamed ?? 0 };
  render(<ImportPanel state={state} onChoose={() => undefined} onConfirm={() => undefined} onReset={() => undefined} onClose={() => undefined} />);
}

const taxonomyPack = preview({ newTaxonomy: { personas: [entry('IT leader'), entry('Operations manager')], industries: [entry('Retail')], painPoints: [] } });

describe('the import button says what it will do', () => {
  it('adds the entries of a taxonomy pack with no assets, by merging (replacing would empty the library)', () => {
    const onConfirm = show(taxonomyPack, 0);
    const button = screen.getByRole('button', { name: 'Add 3 taxonomy entries' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect((screen.getByRole('radio', { name: /^Replace/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Replace needs a file with assets/)).toBeTruthy();
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledWith('merge');
  });

  it('counts assets and new entries together, one of each in the singular', () => {
    show(preview({ added: [{ id: 'a', title: 'A' }], newTaxonomy: { personas: [entry('IT leader')], industries: [], painPoints: [] } }), 1);
    expect(screen.getByRole('button', { name: 'Import 1 asset and 1 taxonomy entry' })).toBeTruthy();
  });

  it('says why, beside the disabled button, when there is nothing to do', () => {
    show(preview(), 0);
    const button = screen.getByRole('button', { name: 'Import 0 assets' });
    expect(button.hasAttribute('disabled')).toBe(true);
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Nothing to import: the file has no assets and no taxonomy entries, aliases or labels your library does not have yet.');
    cleanup();
    show(preview({ kind: 'csv', fileName: 'a.csv', rejected: [{ where: 'row 2', errors: [{ where: 'row 2', field: 'url', message: 'bad URL' }] }] }), 0);
    expect(screen.getByTestId('import-nothing').textContent).toBe('Nothing to import: every row was rejected (see the table above).');
  });

  it('reports the entries it added once done', () => {
    showDone('taxonomy.json', { taxonomyAdded: 9 });
    expect(screen.getByTestId('import-done').textContent).toBe('Imported taxonomy.json: 9 taxonomy entries added.');
  });
});

describe('a file whose every asset is already in the library as it is', () => {
  const same = preview({ unchanged: 2, removedOnReplace: [] });

  it('has nothing to import, said beside the disabled button', () => {
    const onConfirm = show(same, 2);
    const button = screen.getByRole('button', { name: 'Import 2 assets' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.click(button);
    expect(onConfirm).not.toHaveBeenCalled();
    const why = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe('Nothing to import: every asset is already in the library as it is.');
  });

  it('still imports what it adds besides: an asset updated, a new entry, an alias', () => {
    show(preview({ unchanged: 1, updated: [{ id: 'a', title: 'A', changes: ['title'] }], removedOnReplace: [] }), 2);
    expect(screen.getByRole('button', { name: 'Import 2 assets' }).hasAttribute('disabled')).toBe(false);
    cleanup();
    show(preview({ unchanged: 2, removedOnReplace: [], newAliases: { personas: [{ id: 'cfo', label: 'CFO', aliases: ['Finance chief'] }], industries: [], painPoints: [] } }), 2);
    expect(screen.getByRole('button', { name: 'Import 2 assets and 1 alias' }).hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
  });

  it('can still replace the library when that removes assets the file does not have', () => {
    const onConfirm = show(preview({ unchanged: 2, removedOnReplace: [{ id: 'x', title: 'Old' }] }), 2);
    expect(screen.getByRole('button', { name: 'Import 2 assets' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    const replace = screen.getByRole('button', { name: 'Replace the library: import 2 assets, remove 1' });
    expect(replace.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
    fireEvent.click(replace);
    expect(onConfirm).toHaveBeenCalledWith('replace');
  });
});

describe('aliases a pack adds to entries the library has', () => {
  const cfo = { id: 'cfo', label: 'CFO', aliases: ['Chief financial officer', 'Finance chief'] };
  const retail = { id: 'retail', label: 'Retail', aliases: ['Stores'] };
  const aliasPack = preview({ newAliases: { personas: [cfo], industries: [retail], painPoints: [] } });

  it('are something to import: the button says how many, to how many entries, and each is listed', () => {
    const onConfirm = show(aliasPack, 0);
    const button = screen.getByRole('button', { name: 'Add 3 aliases to 2 taxonomy entries' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
    expect([...screen.getByRole('list', { name: 'New aliases of CFO' }).querySelectorAll('li.chip')].map((li) => li.textContent)).toEqual(['Chief financial officer', 'Finance chief']);
    expect(screen.getByTestId('import-new-aliases').textContent).toContain('Industry “Retail”');
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledWith('merge');
  });

  it('join new entries and assets in the button\'s words', () => {
    show(preview({ ...aliasPack, newTaxonomy: { personas: [entry('IT leader')], industries: [], painPoints: [] } }), 0);
    expect(screen.getByRole('button', { name: 'Add 1 taxonomy entry and 3 aliases' })).toBeTruthy();
    cleanup();
    show(preview({ ...aliasPack, added: [{ id: 'a', title: 'A' }], newTaxonomy: { personas: [entry('IT leader')], industries: [], painPoints: [] } }), 1);
    expect(screen.getByRole('button', { name: 'Import 1 asset, 1 taxonomy entry and 3 aliases' })).toBeTruthy();
  });

  it('are reported once done', () => {
    showDone('aliases.json', { aliasesAdded: 3 });
    expect(screen.getByTestId('import-done').textContent).toBe('Imported aliases.json: 3 aliases added.');
  });
});

describe('entries a pack gives another label', () => {
  const support = { id: 'support-leader', from: 'Support leader', to: 'Support lead' };
  const renamePack = preview({ renamed: { personas: [support], industries: [], painPoints: [] } });

  it('are something to import: the button says how many, and each is listed', () => {
    const onConfirm = show(renamePack, 0);
    const button = screen.getByRole('button', { name: 'Rename 1 taxonomy entry' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
    expect([...screen.getByRole('list', { name: 'Renamed taxonomy entries' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Persona “Support leader” becomes “Support lead”',
    ]);
    fireEvent.click(button);
    expect(onConfirm).toHaveBeenCalledWith('merge');
  });

  it('join aliases, new entries and assets in the button\'s words', () => {
    const cfo = { id: 'cfo', label: 'CFO', aliases: ['Chief financial officer', 'Finance chief', 'Money boss'] };
    show(preview({ ...renamePack, newAliases: { personas: [cfo], industries: [], painPoints: [] } }), 0);
    expect(screen.getByRole('button', { name: 'Add 3 aliases and rename 1 entry' })).toBeTruthy();
    cleanup();
    show(preview({ ...renamePack, newTaxonomy: { personas: [entry('IT leader')], industries: [], painPoints: [] }, newAliases: { personas: [cfo], industries: [], painPoints: [] } }), 0);
    expect(screen.getByRole('button', { name: 'Add 1 taxonomy entry and 3 aliases, and rename 1 entry' })).toBeTruthy();
    cleanup();
    // The assets are in the library as they are: the rename alone is still something to do.
    show(preview({ ...renamePack, unchanged: 2, removedOnReplace: [] }), 2);
    const button = screen.getByRole('button', { name: 'Import 2 assets and rename 1 entry' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByTestId('import-nothing')).toBeNull();
  });

  it('are reported once done', () => {
    showDone('renames.json', { renamed: 2 });
    expect(screen.getByTestId('import-done').textContent).toBe('Imported renames.json: 2 taxonomy entries renamed.');
  });
});

describe('the preview counts in words that agree with the count', () => {
  it('says "import 1 asset" and "import 2 assets" when replacing', () => {
    show(preview({ kind: 'csv', fileName: 'a.csv', added: [{ id: 'a', title: 'A' }] }), 1);
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    expect(screen.getByRole('button', { name: 'Replace the library: import 1 asset, remove 1' })).toBeTruthy();
    cleanup();
    show(preview({ added: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], newTaxonomy: { personas: [entry('IT leader')], industries: [], painPoints: [] } }), 2);
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    expect(screen.getByRole('button', { name: 'Replace the library: import 2 assets and 1 taxonomy entry, remove 1' })).toBeTruthy();
  });

  it('says "1 warning" and "1 asset not in it", and "2 warnings"', () => {
    const warning = { file: 'a.csv', where: 'row 2', field: 'tags', message: 'a tag was cut' };
    show(preview({ kind: 'csv', fileName: 'a.csv', added: [{ id: 'a', title: 'A' }], warnings: [warning] }), 1);
    expect(screen.getByText('1 warning')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Replace/ }).parentElement?.textContent).toContain('(1 asset not in it will be removed;');
    cleanup();
    show(preview({ kind: 'csv', fileName: 'a.csv', added: [{ id: 'a', title: 'A' }], warnings: [warning, { ...warning, where: 'row 3' }], removedOnReplace: [] }), 1);
    expect(screen.getByText('2 warnings')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /^Replace/ }).parentElement?.textContent).toContain('(0 assets not in it will be removed;');
  });
});

describe('warnings about the whole file', () => {
  it('stand unfolded above the button; row warnings stay folded under their count', () => {
    const unreadable = { file: 'a.csv', where: 'file', message: 'some characters could not be read: save the file as "CSV UTF-8" so accents and symbols survive' };
    const row = { file: 'a.csv', where: 'row 2', field: 'tags', message: 'a tag was cut' };
    show(preview({ kind: 'csv', fileName: 'a.csv', added: [{ id: 'a', title: 'A' }], warnings: [row, unreadable] }), 1);
    const banner = screen.getByTestId('import-file-warnings');
    expect(banner.closest('details')).toBeNull();
    expect(banner.querySelector('li')?.textContent).toBe('Some characters could not be read: save the file as "CSV UTF-8" so accents and symbols survive.');
    const button = screen.getByRole('button', { name: 'Import 1 asset' });
    expect(banner.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const folded = screen.getByText('1 warning').closest('details')!;
    expect(folded.open).toBe(false);
    expect(folded.textContent).toContain('a tag was cut');
    expect(folded.textContent).not.toContain('some characters');
  });

  it('leave no empty fold when there are only file warnings', () => {
    show(preview({ kind: 'csv', fileName: 'a.csv', added: [{ id: 'a', title: 'A' }], warnings: [{ where: 'file', message: 'the file was read as Windows-1252' }] }), 1);
    expect(screen.getByTestId('import-file-warnings').textContent).toContain('The file was read as Windows-1252.');
    expect([...document.querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['New assets: 1']);
  });
});

describe('new taxonomy entries', () => {
  it('each stand as a chip of its own, so a name with a comma in it is one name', () => {
    show(preview({ newTaxonomy: { personas: [entry('Operations manager'), entry('Operations manager,IT leader'), entry('IT leader')], industries: [entry('Retail')], painPoints: [] } }), 0);
    const personas = screen.getByRole('list', { name: 'New personas' });
    expect([...personas.querySelectorAll('li.chip')].map((li) => li.textContent)).toEqual(['Operations manager', 'Operations manager,IT leader', 'IT leader']);
    expect([...screen.getByRole('list', { name: 'New industries' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Retail']);
    expect(screen.queryByRole('list', { name: 'New pain points' })).toBeNull();
    expect([...document.querySelectorAll('.new-taxonomy dt')].map((dt) => dt.textContent)).toEqual(['Personas', 'Industries']);
  });
});
