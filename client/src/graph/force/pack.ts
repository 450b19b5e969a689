// Components side by side: the largest first, in rows about as wide (relative to their height)
// as the canvas, so that fitting the whole graph leaves little empty space. Single nodes end up
// in the last rows, as a tidy grid below the connected part.

export interface Box {
  width: number;
  height: number;
}

/** Top-left corner for each box, in the order given; boxes are placed tallest first. */
export function packBoxes(boxes: Box[], gap: number, aspect: number): { x: number; y: number }[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b].height - boxes[a].height || boxes[b].width - boxes[a].width);
  let area = 0;
  let widest = 0;
  for (const box of boxes) {
    area += (box.width + gap) * (box.height + gap);
    widest = Math.max(widest, box.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * aspect));
  const placed: { x: number; y: number }[] = boxes.map(() => ({ x: 0, y: 0 }));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const i of order) {
    const box = boxes[i];
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placed[i] = { x, y };
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
  return placed;
}
