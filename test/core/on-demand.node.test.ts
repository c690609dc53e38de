import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { onDemand } from '../../src/core/on-demand.js';

describe('onDemand', () => {
  it('loads once for every caller', async () => {
    let loads = 0;
    const get = onDemand(async () => ++loads);
    assert.deepEqual(await Promise.all([get(), get(), get()]), [1, 1, 1]);
    assert.equal(await get(), 1);
    assert.equal(loads, 1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const get = onDemand(async () => {
      if (++loads === 1) throw new Error('offline');
      return 'chunk';
    });
    await assert.rejects(get(), /offline/);
    assert.equal(await get(), 'chunk');
    assert.equal(await get(), 'chunk');
    assert.equal(loads, 2);
  });
});
