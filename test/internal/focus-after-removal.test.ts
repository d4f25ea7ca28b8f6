import { expect } from '@open-wc/testing';
import { neighbourStaying } from '../../src/internal/focus-after-removal.js';

const items = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id }));
const without =
  (...gone: string[]) =>
  (item: { id: string }) =>
    !gone.includes(item.id);

describe('neighbourStaying', () => {
  it('is the next item that stays, with its place once the others are gone', () => {
    expect(neighbourStaying(items, 'c', without('c'))).to.deep.equal({ id: 'd', index: 2 });
    // The applicant's other entries go with the decided one: the next that stays, counted after them.
    expect(neighbourStaying(items, 'c', without('a', 'c', 'd'))).to.deep.equal({ id: 'e', index: 1 });
  });

  it('is the previous one at the end of the list, and none when nothing stays', () => {
    expect(neighbourStaying(items, 'f', without('f', 'e'))).to.deep.equal({ id: 'd', index: 3 });
    expect(neighbourStaying(items, 'c', () => false)).to.equal(undefined);
    expect(neighbourStaying(items, 'z', without('z'))).to.equal(undefined);
  });
});
