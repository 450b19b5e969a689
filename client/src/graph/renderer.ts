import type { Core } from 'cytoscape';

// Large views are drawn with Cytoscape's WebGL renderer, small ones with its 2D canvas renderer.
// WebGL draws thousands of elements in one pass, but only solid lines, arrows at the ends and
// no dashes, so the explorer's full stylesheet (dashed inferred edges, dotted analyst edges,
// outlined confirmed ones) needs the 2D renderer. Cytoscape picks its renderer once, when the
// instance is made, and the canvas lives for the whole session: so an instance with WebGL on is
// made, and each frame is handed to the WebGL or the 2D drawing as the mode stands. Cytoscape
// itself does the same past its WebGL zoom limit, which is what makes the mix safe.

/** `?renderer=canvas` in the address turns WebGL off (a graphics driver that misbehaves, or comparisons). */
export type RendererChoice = 'webgl' | 'canvas';

export function rendererFromAddress(search: string): RendererChoice {
  return new URLSearchParams(search).get('renderer') === 'canvas' ? 'canvas' : 'webgl';
}

/** Can this browser draw with WebGL 2 (what Cytoscape's WebGL renderer needs)? */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

/** Cytoscape's renderer options: WebGL on when asked for and available. */
export function rendererOptions(choice: RendererChoice): { name: 'canvas'; webgl?: boolean } {
  return choice === 'webgl' && webglAvailable() ? { name: 'canvas', webgl: true } : { name: 'canvas' };
}

/** The parts of Cytoscape's canvas renderer this switch touches (not in its type definitions). */
interface CanvasRendererInternals {
  webgl?: boolean;
  WEBGL: number;
  NODE: number;
  DRAG: number;
  canvasWidth: number;
  canvasHeight: number;
  data: { contexts: (CanvasRenderingContext2D | WebGL2RenderingContext | null)[]; canvasNeedsRedraw: boolean[] };
  render(options?: unknown): void;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown;
  redraw(): void;
}

/**
 * Draws with WebGL while `useWebgl()` holds and with the 2D renderer otherwise; returns whether
 * the instance can draw with WebGL at all. Call `redraw` after the mode changes.
 */
export function switchRenderer(cy: Core, useWebgl: () => boolean): boolean {
  const r = (cy as unknown as { renderer(): CanvasRendererInternals }).renderer();
  if (!r?.webgl) return false;
  const plain = Object.getPrototypeOf(r) as CanvasRendererInternals;
  const webglRender = r.render;
  const webglPick = r.findNearestElements;
  let drawnWithWebgl: boolean | null = null;
  r.render = function render(options) {
    const webgl = useWebgl();
    if (webgl !== drawnWithWebgl) {
      // The other renderer's last picture is still on its layer: wipe it, and draw everything.
      clearLayers(r, drawnWithWebgl);
      r.data.canvasNeedsRedraw.fill(true);
      drawnWithWebgl = webgl;
    }
    (webgl ? webglRender : plain.render).call(r, options);
  };
  // Picking follows the drawing: WebGL's picking buffer knows nothing of the 2D picture's labels.
  r.findNearestElements = function findNearestElements(x, y, interactiveOnly, isTouch) {
    return (useWebgl() ? webglPick : plain.findNearestElements).call(r, x, y, interactiveOnly, isTouch);
  };
  return true;
}

function clearLayers(r: CanvasRendererInternals, webgl: boolean | null): void {
  if (webgl) {
    const gl = r.data.contexts[r.WEBGL] as WebGL2RenderingContext | null;
    gl?.clearColor(0, 0, 0, 0);
    gl?.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
  } else if (webgl === false) {
    for (const layer of [r.NODE, r.DRAG]) {
      const context = r.data.contexts[layer] as CanvasRenderingContext2D | null;
      if (!context) continue;
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, r.canvasWidth, r.canvasHeight);
      context.restore();
    }
  }
}
