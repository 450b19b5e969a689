import { defaultView, type LayoutName, type ViewState } from './state';

// The view in the URL's query string, so a link restores the same canvas, filters and selection.
// Short keys keep shared links readable: e=entities x=expanded h=hidden p=pinned s=selected
// t=types r=rels from/to=years c=min confidence i=inferred lang layout.

const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'breadthfirst'];
const MAX_IDS = 500;

function ids(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^[A-Za-z0-9._:-]{1,200}$/.test(part))
    .slice(0, MAX_IDS);
}

function year(params: URLSearchParams, key: string): number | null {
  const value = Number(params.get(key));
  return params.has(key) && Number.isInteger(value) && value > 0 && value < 10000 ? value : null;
}

/** Reads a view from a query string; anything malformed falls back to the default. */
export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view = defaultView();
  view.entities = ids(params, 'e');
  view.expanded = ids(params, 'x');
  view.hidden = ids(params, 'h');
  view.pinned = ids(params, 'p');
  view.selected = ids(params, 's')[0] ?? null;
  view.filters.types = ids(params, 't');
  view.filters.rels = ids(params, 'r');
  view.filters.from = year(params, 'from');
  view.filters.to = year(params, 'to');
  const confidence = Number(params.get('c'));
  if (params.has('c') && confidence >= 0 && confidence <= 1) view.filters.minConfidence = confidence;
  view.filters.inferred = params.get('i') === '1';
  if (params.get('lang') === 'en') view.lang = 'en';
  const layout = params.get('layout') as LayoutName | null;
  if (layout && LAYOUTS.includes(layout)) view.layout = layout;
  return view;
}

export function serializeView(view: ViewState): string {
  const params = new URLSearchParams();
  const list = (key: string, values: string[]) => values.length > 0 && params.set(key, values.join(','));
  list('e', view.entities);
  list('x', view.expanded);
  list('h', view.hidden);
  list('p', view.pinned);
  if (view.selected) params.set('s', view.selected);
  list('t', view.filters.types);
  list('r', view.filters.rels);
  if (view.filters.from !== null) params.set('from', String(view.filters.from));
  if (view.filters.to !== null) params.set('to', String(view.filters.to));
  if (view.filters.minConfidence > 0) params.set('c', String(view.filters.minConfidence));
  if (view.filters.inferred) params.set('i', '1');
  if (view.lang !== 'zh') params.set('lang', view.lang);
  if (view.layout !== 'fcose') params.set('layout', view.layout);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Keeps the address bar in step with the view without adding history entries per click. */
export function writeViewToUrl(view: ViewState): void {
  const search = serializeView(view);
  if (search !== window.location.search) {
    window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }
}
