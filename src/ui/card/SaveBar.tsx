import { useState } from 'preact/hooks';
import { LIMITS } from '../../limits';

export interface SaveBarProps {
  onSave(note: string): void;
  onCancel(): void;
  /** Why the last attempt did not save (too long, a private window…). */
  message?: string;
}

/**
 * The small bar that appears by a selection: save it, with an optional note. With the note field open the
 * bar has a Cancel button too, so a mouse reader can leave without Escape; Enter in the field saves.
 */
export function SaveBar({ onSave, onCancel, message }: SaveBarProps) {
  const [note, setNote] = useState('');
  const [withNote, setWithNote] = useState(false);
  return (
    <form
      style="display:contents"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(note.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {withNote ? (
        <input
          aria-label="Note for this highlight"
          placeholder="Add a note (optional)"
          maxLength={LIMITS.note}
          value={note}
          ref={(el) => el?.focus()}
          onInput={(e) => setNote((e.target as HTMLInputElement).value)}
        />
      ) : (
        <button type="button" data-role="add-note" onClick={() => setWithNote(true)}>
          Add note
        </button>
      )}
      <button type="submit" class="bs-save" data-role="save">
        Save highlight
      </button>
      {withNote && (
        <button type="button" data-role="cancel" onClick={onCancel}>
          Cancel
        </button>
      )}
      {message && (
        <p role="alert" class="bs-refusal">
          {message}
        </p>
      )}
    </form>
  );
}
