import { describe, expect, it } from 'vitest';
import type { EventLink } from '../../../src/domain/types';
import { buildThread, MAX_THREAD_STEPS } from '../../../src/lib/thread';

const starts: Record<string, number> = { a: 1, b: 2, c: 3, d: 4, e: 5, side: 2.5 };
const startOf = (id: string) => starts[id];
const l = (from: string, to: string, kind: EventLink['kind'] = 'responds-to'): EventLink => ({
  from,
  to,
  kind,
  note: 'n',
  sources: ['s'],
});

describe('buildThread', () => {
  it('runs back through what an event answers and on through what answers it, in date order', () => {
    // a leads to b; c responds to b; d responds to c; e echoes d.
    const links = [l('a', 'b', 'leads-to'), l('c', 'b'), l('d', 'c'), l('e', 'd', 'echoes')];
    expect(buildThread('c', links, startOf).map((s) => s.eventId)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    const steps = buildThread('c', links, startOf);
    expect(steps.find((s) => s.eventId === 'c')?.via).toEqual([]);
    expect(steps.find((s) => s.eventId === 'a')?.via).toEqual([links[0]]);
  });

  it('leaves out side branches: what else answered an ancestor is not on this thread', () => {
    const links = [l('c', 'b'), l('side', 'b')];
    expect(buildThread('c', links, startOf).map((s) => s.eventId)).toEqual(['b', 'c']);
  });

  it('never loops on a cycle or a self-link, and skips unknown events', () => {
    const links = [l('b', 'a'), l('a', 'b'), l('b', 'b'), l('c', 'ghost'), l('c', 'b')];
    const steps = buildThread('b', links, startOf);
    expect(steps.map((s) => s.eventId)).toEqual(['a', 'b', 'c']);
    expect(buildThread('ghost', links, startOf)).toEqual([]);
  });

  it('stops at a readable length on a long chain', () => {
    const many: Record<string, number> = {};
    const chain: EventLink[] = [];
    for (let i = 0; i < 500; i++) {
      many[`n${i}`] = i;
      if (i > 0) chain.push(l(`n${i}`, `n${i - 1}`));
    }
    const steps = buildThread('n250', chain, (id) => many[id]);
    expect(steps).toHaveLength(MAX_THREAD_STEPS);
    expect(steps.some((s) => s.eventId === 'n250')).toBe(true);
  });
});
