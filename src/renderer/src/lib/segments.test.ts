import { describe, expect, it } from 'vitest';
import { blocksOf, segment } from './segments';

describe('segment', () => {
  it('covers the range exactly with the marks of each piece', () => {
    const segs = segment(0, 10, [
      { start: 2, end: 6, cls: 'ev' },
      { start: 4, end: 8, cls: 'ann' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks])).toEqual([
      [0, 2, []],
      [2, 4, ['ev']],
      [4, 6, ['ev', 'ann']],
      [6, 8, ['ann']],
      [8, 10, []],
    ]);
  });

  it('clips marks to the range', () => {
    expect(segment(5, 7, [{ start: 0, end: 6, cls: 'x' }]).map((s) => [s.start, s.end, s.marks])).toEqual([
      [5, 6, ['x']],
      [6, 7, []],
    ]);
  });
});

describe('blocksOf', () => {
  it('puts tables between text blocks', () => {
    const blocks = blocksOf(0, 100, [{ id: 'T3', span: { start: 40, end: 70 } }, { id: 'T9', span: { start: 90, end: 120 } }]);
    expect(blocks).toEqual([
      { kind: 'text', start: 0, end: 40 },
      { kind: 'table', start: 40, end: 70, tableId: 'T3' },
      { kind: 'text', start: 70, end: 100 },
    ]);
  });
});
