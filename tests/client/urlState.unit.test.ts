/// <reference lib="dom" />
import { parseView, serializeView } from '../../client/src/urlState';

/** The view in a shared link: what an analyst sends is what a colleague opens. */
describe('the view in the URL', () => {
  test('a canvas, its filters and selection survive the link', () => {
    const view = parseView('');
    view.entities = ['mitsui-and-co', 'arctic-lng-2'];
    view.expanded = ['mitsui-and-co'];
    view.selected = 'arctic-lng-2';
    view.filters.rels = ['SANCTIONS', 'HOLDS_STAKE_IN'];
    view.filters.from = 2014;
    view.filters.to = 2023;
    view.filters.minConfidence = 0.5;
    view.lang = 'en';
    view.layout = 'concentric';
    expect(parseView(serializeView(view))).toEqual(view);
  });

  test('the default view makes an empty query string', () => {
    expect(serializeView(parseView(''))).toBe('');
  });

  test('malformed parts fall back to the default instead of breaking the page', () => {
    const view = parseView('?e=<script>,ok-id&from=abc&to=-5&c=7&layout=spiral&lang=fr');
    expect(view.entities).toEqual(['ok-id']);
    expect(view.filters.from).toBeNull();
    expect(view.filters.to).toBeNull();
    expect(view.filters.minConfidence).toBe(parseView('').filters.minConfidence);
    expect(view.layout).toBe('fcose');
    expect(view.lang).toBe('zh');
  });

  test('a link naming thousands of entities is cut to 500', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `n-${i}`).join(',');
    expect(parseView(`?e=${many}`).entities).toHaveLength(500);
  });
});
