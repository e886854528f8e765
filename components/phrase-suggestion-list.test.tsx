// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PhraseSuggestionItem } from '@/lib/library/phrase-suggestions';
import { CorrectionsFiles, PhraseSuggestionList } from './phrase-suggestion-list';

afterEach(cleanup);

const item = (phrase: string, prospects = 4): PhraseSuggestionItem => ({
  painPoint: 'dock-detention',
  label: 'Dock detention',
  phrase,
  prospects,
  precision: 1,
  message: '',
  key: `dock-detention\u0000${phrase}`,
  example: { before: 'Drivers sit for hours ', match: phrase, after: ' at the DC.' },
});

describe('PhraseSuggestionList', () => {
  it('says which pain point, the phrase, how many prospects and the notes’ words, with labelled actions', () => {
    const onAdd = vi.fn();
    const onDismiss = vi.fn();
    const a = item('waiting for a door');
    render(<PhraseSuggestionList items={[a]} painCorrections={6} onAdd={onAdd} onDismiss={onDismiss} />);
    const li = screen.getByRole('listitem', { name: '“waiting for a door”' });
    expect(li.textContent).toContain('for Dock detention');
    expect(li.textContent).toContain('Reps added Dock detention to 4 prospects whose notes said it, as in:');
    expect(li.querySelector('mark')?.textContent).toBe('waiting for a door');
    expect(li.querySelector('blockquote')?.textContent).toBe('Drivers sit for hours waiting for a door at the DC.');
    fireEvent.click(screen.getByRole('button', { name: 'Add as phrase “waiting for a door” to Dock detention' }));
    expect(onAdd).toHaveBeenCalledWith(a);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss “waiting for a door” for Dock detention' }));
    expect(onDismiss).toHaveBeenCalledWith(a);
  });

  it('says what will appear, and why, when there is nothing to suggest', () => {
    render(<PhraseSuggestionList items={[]} painCorrections={1} onAdd={vi.fn()} onDismiss={vi.fn()} />);
    const empty = screen.getByTestId('phrase-suggestions-empty').textContent!;
    expect(empty).toContain('No suggestions yet. A phrase appears here once reps have added a pain point to at least 3 prospects whose notes say it');
    expect(empty).toContain('corrections made in this browser and those added from reps’ files below (1 prospect with a pain point added by hand so far)'.replace('’', "'"));
  });

  it('moves the keyboard to the suggestion that takes the place of one added, then to the heading', async () => {
    const a = item('waiting for a door');
    const b = item('stuck at the gate', 3);
    const { rerender } = render(<PhraseSuggestionList items={[a, b]} painCorrections={7} onAdd={vi.fn()} onDismiss={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Add as phrase “waiting for a door”/ }));
    rerender(<PhraseSuggestionList items={[b]} painCorrections={7} onAdd={vi.fn()} onDismiss={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Add as phrase “stuck at the gate”/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Dismiss “stuck at the gate”/ }));
    rerender(<PhraseSuggestionList items={[]} painCorrections={7} onAdd={vi.fn()} onDismiss={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: "Suggested phrases from reps' corrections" }));
  });
});

describe('CorrectionsFiles', () => {
  it('downloads, takes several files, and offers to forget only when there is something to forget', () => {
    const onDownload = vi.fn();
    const onFiles = vi.fn();
    const onForget = vi.fn();
    const { rerender } = render(<CorrectionsFiles own={0} fromFiles={0} onDownload={onDownload} onFiles={onFiles} onForget={onForget} />);
    expect((screen.getByRole('button', { name: "Download this browser's corrections (0)" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /^Forget/ })).toBeNull();
    rerender(<CorrectionsFiles own={2} fromFiles={3} notice={{ tone: 'ok', text: 'Added.' }} onDownload={onDownload} onFiles={onFiles} onForget={onForget} />);
    fireEvent.click(screen.getByRole('button', { name: "Download this browser's corrections (2)" }));
    expect(onDownload).toHaveBeenCalled();
    const input = screen.getByLabelText("Add reps' corrections files…") as HTMLInputElement;
    expect(input.multiple).toBe(true);
    const files = [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')];
    fireEvent.change(input, { target: { files } });
    expect(onFiles).toHaveBeenCalledWith(files);
    fireEvent.click(screen.getByRole('button', { name: 'Forget the 3 records from files' }));
    expect(onForget).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Added.');
  });
});
