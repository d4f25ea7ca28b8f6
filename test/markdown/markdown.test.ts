import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { MAX_SOURCE, renderMarkdown } from '../../src/internal/markdown.js';

/**
 * Hostile descriptions: anyone who may edit an organization's description could try to
 * freeze or blank the dashboard of every visitor. Each must render, as text, bounded.
 * (How fast: `npm run bench`, "Markdown description: hostile inputs".)
 */

function mount(markdown: string, readMore?: { href: string; label: string }): HTMLElement {
  const container = document.createElement('div');
  render(renderMarkdown(markdown, readMore), container);
  return container;
}

const depthOf = (root: Element, selector: string) => {
  let deepest = 0;
  for (const element of root.querySelectorAll(selector)) {
    let depth = 0;
    for (let node: Element | null = element; node && node !== root; node = node.parentElement)
      if (node.matches(selector)) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
};

describe('renderMarkdown with hostile input', () => {
  it("2,000 nested quotes (which overflow marked's stack): rendered, nesting bounded, the text kept", () => {
    const el = mount('>'.repeat(2000) + ' x');
    expect(el.textContent).to.include('x');
    expect(depthOf(el, 'blockquote')).to.be.within(1, 8);
  });

  it('2,000 nested list items on one line, and deep indentation: rendered, bounded', () => {
    const el = mount('- '.repeat(2000) + 'x');
    expect(el.textContent).to.include('x');
    expect(depthOf(el, 'ul')).to.be.within(1, 8);
    const indented = Array.from({ length: 120 }, (_, i) => `${' '.repeat(i * 2)}- niveau ${i}`).join('\n');
    const deep = mount(indented);
    expect(deep.textContent).to.include('niveau 0').and.include('niveau 119');
    expect(depthOf(deep, 'ul')).to.be.at.most(14);
  });

  it('2,000 nested <b> (which overflowed the inline nesting): at most 8 open, the text kept', () => {
    const el = mount('<b>'.repeat(2000) + 'gras' + '</b>'.repeat(2000));
    expect(el.textContent).to.include('gras');
    expect(depthOf(el, 'b')).to.be.at.most(8);
  });

  it('thousands of emphasis markers render as text', () => {
    for (const source of [
      '*a '.repeat(1500) + 'b',
      '**'.repeat(3000) + 'x',
      '_'.repeat(5000) + 'x',
      '['.repeat(5000) + 'x' + ']'.repeat(5000),
    ]) {
      const el = mount(source);
      expect(el.textContent!.length).to.be.greaterThan(0);
      expect(depthOf(el, 'em, strong')).to.be.at.most(13);
    }
  });

  it('a description longer than the cap is cut at a paragraph, with a link to read it all', () => {
    const paragraph = 'Un paragraphe de description. '.repeat(20);
    const long = Array.from({ length: Math.ceil((MAX_SOURCE * 1.5) / paragraph.length) }, (_, i) => `${i} ${paragraph}`).join(
      '\n\n',
    );
    const el = mount(long, {
      href: 'https://udata.example/organizations/dreal/',
      label: 'Lire la suite sur la page de l’organisation',
    });
    const link = el.querySelector<HTMLAnchorElement>('.read-more a')!;
    expect(link.href).to.equal('https://udata.example/organizations/dreal/');
    expect(link.textContent).to.equal('Lire la suite sur la page de l’organisation');
    expect(el.textContent!.length).to.be.lessThan(MAX_SOURCE + 200);
    const short = mount('Court.', { href: 'https://udata.example/organizations/dreal/', label: 'Lire la suite' });
    expect(short.querySelector('.read-more')).to.equal(null);
    const unsafe = mount(long, { href: 'javascript:alert(1)', label: 'Lire la suite' });
    expect(unsafe.querySelector('.read-more')).to.equal(null);
  });

  it('keeps the result for the same source (a failure is not redone on every render)', () => {
    const source = '>'.repeat(3000) + ' y';
    expect(renderMarkdown(source)).to.equal(renderMarkdown(source));
  });

  it('decodes character references without parsing HTML (Trusted Types), and leaves inline script bodies out', () => {
    const el = mount(
      '&eacute;t&eacute; &#x41;&#66; &oelig;uvre &ndash; &inconnu; &#0; <b>gras</b> <script>window.__pwned=1</script>fin',
    );
    expect(el.textContent).to.include('été AB œuvre – &inconnu; \uFFFD gras fin');
    expect(el.textContent).not.to.include('__pwned');
    expect(el.querySelector('b')!.textContent).to.equal('gras');
    const block = mount(
      '<div>Texte <em>HTML</em> &amp; <style>p{}</style><!-- commentaire --><a title="a>b" href="x">lien</a></div>',
    );
    expect(block.textContent!.trim()).to.equal('Texte HTML & lien');
  });
});

describe('renderMarkdown: GitHub task lists', () => {
  for (const [kind, source] of [
    ['tight', '- [ ] à faire\n- [x] fait'],
    ['loose (a blank line between items)', '- [ ] à faire\n\n- [x] fait'],
  ]) {
    it(`a ${kind} task list keeps its boxes, each named by its text`, () => {
      const el = mount(source);
      document.body.append(el);
      try {
        const boxes = [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        expect(boxes.map((b) => [b.checked, b.disabled])).to.deep.equal([
          [false, true],
          [true, true],
        ]);
        expect(boxes.map((b) => b.closest('label')?.textContent?.trim())).to.deep.equal(['à faire', 'fait']);
        expect(el.textContent).not.to.include('[x]');
      } finally {
        el.remove();
      }
    });
  }
});
