// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../src/limits';
import { SaveBar } from '../../../src/ui/card/SaveBar';
import { AXE_TIMEOUT, axeViolations } from './axe';

let root: HTMLElement;
function show(message?: string) {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  // The overlay's bar container.
  root = document.createElement('div');
  root.setAttribute('role', 'toolbar');
  root.setAttribute('aria-label', 'Backstory');
  document.body.append(root);
  render(<SaveBar onSave={onSave} onCancel={onCancel} message={message} />, root);
  return { onSave, onCancel };
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the save bar', { timeout: AXE_TIMEOUT }, () => {
  it('saves at once, or with a note it trims; the note field is labelled and bounded', async () => {
    const { onSave } = show();
    expect(await axeViolations(root)).toEqual([]);
    button('Save highlight').click();
    expect(onSave).toHaveBeenLastCalledWith('');
    button('Add note').click();
    await flush();
    const input = root.querySelector('input')!;
    expect(input.getAttribute('aria-label')).toBe('Note for this highlight');
    expect(input.maxLength).toBe(LIMITS.note);
    expect(document.activeElement).toBe(input);
    input.value = '  why January?  ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    button('Save highlight').click();
    expect(onSave).toHaveBeenLastCalledWith('why January?');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('with the note field open, Cancel leaves without saving', async () => {
    const { onCancel, onSave } = show();
    expect(root.querySelector('[data-role="cancel"]')).toBeNull();
    button('Add note').click();
    await flush();
    button('Cancel').click();
    expect(onCancel).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Escape cancels', () => {
    const { onCancel, onSave } = show();
    button('Add note').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onCancel).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says why a selection was not saved, as an alert', async () => {
    show('Not saved: a highlight holds at most 20,000 characters, and this selection has 25,000.');
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Not saved: a highlight holds at most 20,000 characters, and this selection has 25,000.',
    );
    expect(await axeViolations(root)).toEqual([]);
  });
});
