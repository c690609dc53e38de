// Every story of every stories module, rendered in Chromium the way Storybook renders it (args of the meta and
// the story, the render function, the play function): it must show what it promises, log no error, reach no
// server, and be axe-clean. A broken story fails here, not in front of a developer.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MOCK_ORIGIN } from '../../stories/support/mock-network.js';
import type { StoryTest } from '../../stories/support/story-test.js';
import { storyModules } from '../support/story-modules.js';

type AnyStory = StoryObj<Record<string, unknown>>;
type AnyMeta = Meta<Record<string, unknown>>;

function storiesOf(module: Record<string, unknown>): [string, AnyStory][] {
  const order = (module.__namedExportsOrder as string[] | undefined) ?? Object.keys(module);
  return order.filter((name) => name !== 'default' && typeof module[name] === 'object').map((name) => [name, module[name] as AnyStory]);
}

/** Every bantin element the story shows, in document order; the first is the one whose promise is checked. */
function widgetsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((element) => element.localName.startsWith('bantin-'));
}

const foreignRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => {
      const { origin } = new URL(url);
      return origin !== location.origin && origin !== MOCK_ORIGIN;
    });

let logged: string[] = [];
const consoleError = console.error;
before(() => {
  console.error = (...parts: unknown[]) => {
    logged.push(parts.map(String).join(' '));
    consoleError.apply(console, parts);
  };
  window.addEventListener('error', (event) => logged.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => logged.push(`unhandled rejection: ${String(event.reason)}`));
});
after(() => {
  console.error = consoleError;
});

describe('stories', () => {
  it('are found: every module has a meta with a title and at least one story', () => {
    expect(Object.keys(storyModules)).to.have.length.greaterThan(0);
    for (const [file, module] of Object.entries(storyModules)) {
      const meta = module.default as AnyMeta;
      expect(meta?.title, file).to.be.a('string');
      expect(storiesOf(module), file).to.have.length.greaterThan(0);
    }
  });

  for (const [file, module] of Object.entries(storyModules)) {
    const meta = module.default as AnyMeta;
    describe(`${meta.title} (${file})`, () => {
      let container: HTMLElement;
      beforeEach(() => {
        logged = [];
        localStorage.clear();
        performance.clearResourceTimings(); // each story's requests only (and the buffer never fills up)
        container = document.createElement('div');
        document.body.append(container);
      });
      afterEach(() => {
        render(null, container);
        container.remove();
      });

      for (const [exportName, story] of storiesOf(module)) {
        it(`${story.name ?? exportName} renders, settles, logs no error and is axe-clean`, async () => {
          const args = { ...meta.args, ...story.args };
          const renderStory = (story.render ?? meta.render)!;
          const context = { args, id: exportName, name: story.name ?? exportName, canvasElement: container } as never;
          render(renderStory(args, context) as never, container);

          const widgets = widgetsIn(container);
          expect(widgets, 'the story shows a bantin element').to.have.length.greaterThan(0);
          for (const widget of widgets) {
            expect(customElements.get(widget.localName), `<${widget.localName}> is defined`).to.exist;
            await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          }
          await (story.play ?? meta.play)?.({ ...(context as object), step: async (_label: string, run: () => unknown) => run() } as never);

          const promise: Partial<StoryTest> = { ...meta.parameters?.storyTest, ...story.parameters?.storyTest };
          const shows = promise.shows ?? '[part="base"]';
          const main = widgets[0]!;
          const text = () => (main.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
          await waitUntil(() => main.shadowRoot?.querySelector(shows), `<${main.localName}> shows ${shows}`, { timeout: 4000 });
          if (promise.says) await waitUntil(() => text().includes(promise.says!), `<${main.localName}> says "${promise.says}"`, { timeout: 4000 });
          expect(text(), 'the widget shows text').not.to.equal('');

          for (const widget of widgets) await expect(widget).to.be.accessible();
          expect(logged, 'console errors').to.deep.equal([]);
          expect(foreignRequests(), 'requests that left the test server').to.deep.equal([]);
        });
      }
    });
  }
});
