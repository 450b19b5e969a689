// cytoscape-fcose ships no type declarations; it is a Cytoscape extension (cytoscape.use).
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

// Stylesheets are bundled by Vite.
declare module '*.css';

// True only in the bench build (vite build --mode bench): it carries the render-timing harness.
declare const __BENCH_HARNESS__: boolean;
