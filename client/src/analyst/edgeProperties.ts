import { propertiesOf, propertyDef } from '../../../contract/relationProperties';
import { clear, el } from '../dom';

// The fields of a new analyst edge that its relationship type takes (share and date for a
// stake, role for a membership …), as data/ontology.json defines them; the server checks them.

const placeholders: Record<string, string> = {
  date: '2024, 2024-06 or 2024-06-30',
  fraction: '0 to 1 (10% is 0.1)',
  number: 'a number',
  entity: 'entity id',
  numberOrText: 'a number or text',
  text: 'text',
};

function valueOf(type: string, raw: string): string | number | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  const numeric = /^-?\d+(\.\d+)?$/.test(text);
  if (type === 'fraction' || type === 'number') return numeric ? Number(text) : text;
  if (type === 'numberOrText') return numeric ? Number(text) : text;
  return text;
}

export function edgePropertyFields(typeSelect: HTMLSelectElement): { element: HTMLElement; values: () => Record<string, string | number> } {
  const element = el('fieldset', { className: 'edge-properties', 'data-testid': 'new-edge-properties' });
  let inputs: { name: string; type: string; input: HTMLInputElement }[] = [];
  const render = () => {
    clear(element);
    inputs = propertiesOf(typeSelect.value)
      .filter((name) => name !== 'weight')
      .map((name) => {
        const def = propertyDef(name);
        const input = el('input', { type: 'text', placeholder: placeholders[def.type] ?? '', title: def.description, 'aria-label': def.labelEn, 'data-testid': `new-edge-prop-${name}` });
        return { name, type: def.type, input };
      });
    for (const { name, input } of inputs) element.append(el('label', { className: 'block' }, `${propertyDef(name).labelEn} `, input));
    element.hidden = inputs.length === 0;
  };
  typeSelect.addEventListener('change', render);
  render();
  const values = () => {
    const out: Record<string, string | number> = {};
    for (const { name, type, input } of inputs) {
      const value = valueOf(type, input.value);
      if (value !== undefined) out[name] = value;
    }
    return out;
  };
  return { element, values };
}
