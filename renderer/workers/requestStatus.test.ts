import { describe, expect, it } from 'vitest';
import { canMove, isSettled, type RequestStatus } from './requestStatus';

const ALL: RequestStatus[] = ['queued', 'running', 'done', 'superseded', 'cancelled', 'failed'];

describe('request status machine', () => {
  it('settles only in done, superseded, cancelled and failed, and never leaves them', () => {
    expect(ALL.filter(isSettled)).toEqual(['done', 'superseded', 'cancelled', 'failed']);
    for (const from of ALL.filter(isSettled)) for (const to of ALL) expect(canMove(from, to), `${from} -> ${to}`).toBe(false);
  });

  it('answers only a running request, and never goes back to queued', () => {
    expect(ALL.filter((from) => canMove(from, 'done'))).toEqual(['running']);
    expect(ALL.filter((from) => canMove(from, 'queued'))).toEqual([]);
    expect(ALL.filter((to) => canMove('queued', to))).toEqual(['running', 'superseded', 'cancelled', 'failed']);
  });
});
