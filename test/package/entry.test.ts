import { expect } from '@open-wc/testing';
// The package entry, as `import { OrgMembers } from 'udata-org-elements'` loads it (each test
// file runs in a page of its own, so nothing else defined a tag here).
import * as entry from '../../src/index.js';
import { TAGS } from '../dist/tags.js';

describe('the package entry (`udata-org-elements`)', () => {
  it('defines no tag when imported: classes only, no side effect', () => {
    expect(entry.OrgMembers, 'the classes are there').to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), `<${tag}>`).to.equal(undefined);
  });

  it('defineAll() defines every tag, and again throws nothing', () => {
    entry.defineAll();
    entry.defineAll();
    for (const tag of TAGS) expect(customElements.get(tag), `<${tag}>`).to.be.a('function');
  });
});
