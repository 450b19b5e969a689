import { el } from '../dom';
import { defaultStance, stances, type Stance } from '../../../contract/limits';
import type { AnnotationInput } from './api';

// The add / edit form of an annotation: text, stance, optional confidence, tags.

export function annotationForm(
  initial: Partial<AnnotationInput>,
  submitLabel: string,
  onSubmit: (input: AnnotationInput) => Promise<void>,
  onCancel?: () => void,
): HTMLFormElement {
  const text = el('textarea', { 'data-testid': 'annotation-text', rows: 3, placeholder: 'Your judgement (plain text; **bold**, *italic*, - lists, [links](https://…))' });
  text.value = initial.text ?? '';
  const stance = el('select', { 'data-testid': 'annotation-stance', 'aria-label': 'Stance' });
  // The default first, then the others in the contract's order.
  for (const value of [defaultStance, ...stances.filter((s) => s !== defaultStance)]) stance.append(el('option', { value, text: value }));
  stance.value = initial.stance ?? defaultStance;
  const confidence = el('input', { type: 'number', min: 0, max: 1, step: 0.05, placeholder: 'confidence 0–1', 'data-testid': 'annotation-confidence', 'aria-label': 'Confidence' });
  confidence.value = initial.confidence === null || initial.confidence === undefined ? '' : String(initial.confidence);
  const tags = el('input', { type: 'text', placeholder: 'tags, comma-separated', 'data-testid': 'annotation-tags', 'aria-label': 'Tags' });
  tags.value = (initial.tags ?? []).join(', ');
  const message = el('p', { className: 'error', 'data-testid': 'annotation-error' });
  const submit = el('button', { type: 'submit', 'data-testid': 'annotation-submit', text: submitLabel });
  const form = el('form', { className: 'annotation-form' }, text, el('div', { className: 'row' }, stance, confidence, tags), el('div', { className: 'row' }, submit), message);
  if (onCancel) {
    const cancel = el('button', { type: 'button', 'data-testid': 'annotation-cancel', text: 'Cancel' });
    cancel.addEventListener('click', onCancel);
    submit.after(cancel);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim() === '') {
      message.textContent = 'Write something first.';
      return;
    }
    const value = confidence.value.trim() === '' ? null : Number(confidence.value);
    submit.disabled = true;
    onSubmit({
      text: text.value,
      stance: stance.value as Stance,
      confidence: value === null || Number.isNaN(value) ? null : Math.min(1, Math.max(0, value)),
      tags: tags.value.split(',').map((t) => t.trim()).filter(Boolean),
    })
      .catch((err: unknown) => {
        message.textContent = err instanceof Error ? err.message : String(err);
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
