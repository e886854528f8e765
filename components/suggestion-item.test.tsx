// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuggestionItem } from './suggestion-item';

afterEach(cleanup);

const item = { id: 'a1', title: 'Case study', url: 'https://example.com/a', type: 'case-study' as const, summary: '', reasons: ['Pain point: Ticket backlog ("piling up")'] };
const actions = { onSelect: () => undefined, onOpen: () => undefined, onCopyLink: () => undefined, onCopyEmail: () => undefined, onNotRelevant: () => undefined, onFlag: () => undefined };
const filled = () => [...document.querySelectorAll('.s-actions button.primary')].map((b) => b.textContent);

describe('a suggestion\'s buttons', () => {
  it('fills one button a row: Copy link, or Insert into email while an email is being written', () => {
    const { rerender } = render(<SuggestionItem item={item} selected={false} {...actions} />);
    expect(filled()).toEqual(['Copy link']);
    rerender(<SuggestionItem item={item} selected={false} {...actions} onInsert={() => undefined} />);
    expect(filled()).toEqual(['Insert into email']);
    expect(screen.getByRole('button', { name: 'Copy link' }).className).toBe('small');
  });

  it('names its box and its menu button, and the menu button says "More" on screen, not only on hover', () => {
    render(<SuggestionItem item={item} selected={false} {...actions} />);
    expect(screen.getByRole('checkbox', { name: 'Select Case study' })).toBeTruthy();
    const more = screen.getByRole('button', { name: 'More actions' });
    expect(more.textContent).toBe('More ▾');
    expect(more.getAttribute('title')).toBeNull();
  });

  it('opens "More" into a group of menu items, and Escape closes it with the focus back on "More"', () => {
    render(<SuggestionItem item={item} selected={false} {...actions} />);
    const more = screen.getByRole('button', { name: 'More actions' });
    expect(more.getAttribute('aria-controls')).toBeNull();
    fireEvent.click(more);
    const menu = screen.getByRole('group', { name: 'More actions for Case study' });
    expect(more.getAttribute('aria-controls')).toBe(menu.id);
    expect([...menu.querySelectorAll('button')].map((b) => [b.textContent, b.className])).toEqual([
      ['Not relevant', 's-menu-item'],
      ['Flag as outdated', 's-menu-item'],
    ]);
    const flag = screen.getByRole('button', { name: 'Flag as outdated' });
    flag.focus();
    fireEvent.keyDown(flag, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /More actions for/ })).toBeNull();
    expect(document.activeElement).toBe(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps Copy for email in the menu while Insert into email is offered', () => {
    const onCopyEmail = vi.fn();
    render(<SuggestionItem item={item} selected={false} {...actions} onCopyEmail={onCopyEmail} onInsert={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    const copy = screen.getByRole('button', { name: 'Copy for email' });
    expect(copy.className).toBe('s-menu-item');
    fireEvent.click(copy);
    expect(onCopyEmail).toHaveBeenCalledOnce();
  });
});
