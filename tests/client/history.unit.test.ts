import { CanvasHistory, type CanvasSnapshot } from '../../client/src/history';

const canvas = (label: string, nodes: string[]): CanvasSnapshot => ({
  label, elements: nodes.map((id) => ({ group: 'nodes', data: { id } })), expanded: [], hidden: [], pinned: [], selected: null, expansions: [], kept: [],
});
const ids = (s: CanvasSnapshot | undefined) => s?.elements.map((e) => e.data.id);

describe('undo and redo over canvas actions', () => {
  it('goes back and forth through the recorded canvases, naming each action', () => {
    const history = new CanvasHistory();
    history.record(canvas('add', []));
    history.record(canvas('expand', ['a']));
    expect(history.undoLabel).toBe('expand');
    const now = canvas('', ['a', 'b', 'c']);
    const back = history.undo(now);
    expect(ids(back)).toEqual(['a']);
    expect(history.redoLabel).toBe('expand');
    expect(ids(history.undo(back!))).toEqual([]);
    expect(history.undoLabel).toBeNull();
    expect(history.undo(canvas('', []))).toBeUndefined();
    const again = history.redo(canvas('', []));
    expect(ids(again)).toEqual(['a']);
    expect(ids(history.redo(again!))).toEqual(['a', 'b', 'c']);
    expect(history.redoLabel).toBeNull();
  });

  it('drops what could be redone once a new action is taken, and keeps at most its depth', () => {
    const history = new CanvasHistory(2);
    history.record(canvas('one', []));
    history.undo(canvas('', ['x']));
    history.record(canvas('two', []));
    expect(history.redoLabel).toBeNull();
    history.record(canvas('three', []));
    history.record(canvas('four', []));
    expect(history.undo(canvas('', []))?.label).toBe('four');
    expect(history.undo(canvas('', []))?.label).toBe('three');
    expect(history.undo(canvas('', []))).toBeUndefined();
  });
});
