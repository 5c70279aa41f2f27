import { expect, fixture, html } from '@open-wc/testing';
import { defineElement, type ElementRegistry } from '../../src/shared/registration.js';
import { LhwElement } from '../../src/shared/lhw-element.js';
import { VERSION } from '../../src/shared/version.js';
import { BaseFixture, fixtureTexts } from '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { withoutIsolates } from '../helpers/shadow.js';

/** A registry that only records what it is asked, to prove which registry `define` uses. */
function stubRegistry(getName?: (element: CustomElementConstructor) => string | null) {
  const defined = new Map<string, CustomElementConstructor>();
  const registry: ElementRegistry = {
    get: (tag: string) => defined.get(tag),
    define: (tag: string, element: CustomElementConstructor) => {
      defined.set(tag, element);
    },
    ...(getName ? { getName } : {}),
  };
  return { registry, defined };
}

/**
 * Names a registered class for an assertion: a failing assertion must carry plain values only,
 * since @web/test-runner cannot send a function or an element from the browser to its reporter.
 */
function describeClass(element: unknown): string {
  if (typeof element !== 'function') return 'nothing';
  if (element === BaseFixture) return 'BaseFixture';
  if (element.prototype instanceof BaseFixture) return `${element.name || 'anonymous'} subclass of BaseFixture`;
  return element.name || 'anonymous class';
}

/** Renders an element whose tag is only known at run time (lit's `html` needs a static tag). */
async function renderTag(tag: string, attributes = ''): Promise<BaseFixture> {
  return fixture<BaseFixture>(`<${tag} ${attributes}></${tag}>`);
}

function topHeadingText(el: Element): string | undefined {
  return el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim();
}

describe('defineElement and static define()', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('registers the fixture under its default tag when its module loads', async () => {
    expect(describeClass(customElements.get('lhw-base-fixture'))).to.equal('BaseFixture');
    const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
    expect(describeClass(el.constructor)).to.equal('BaseFixture');
    expect(topHeadingText(el)).to.equal('Fixture heading');
  });

  it('defining the same class under the same tag again neither throws nor warns', () => {
    expect(() => BaseFixture.define()).not.to.throw();
    expect(() => defineElement('lhw-base-fixture', BaseFixture)).not.to.throw();
    expect(warnings.messages).to.deep.equal([]);
    expect(describeClass(customElements.get('lhw-base-fixture'))).to.equal('BaseFixture');
  });

  it('a different class of the same version under a taken tag is ignored silently', () => {
    class SameVersionCopy extends LhwElement {
      protected override readonly ownTexts = fixtureTexts;

      protected override renderBody() {
        return html`<p>copy</p>`;
      }
    }
    expect(SameVersionCopy.version).to.equal(BaseFixture.version);
    expect(() => SameVersionCopy.define('lhw-base-fixture')).not.to.throw();
    expect(warnings.messages).to.deep.equal([]);
    expect(describeClass(customElements.get('lhw-base-fixture')), 'the first definition wins').to.equal('BaseFixture');
  });

  it('a class of another version under a taken tag warns exactly once, naming both versions', async () => {
    class OtherVersion extends BaseFixture {
      static override readonly version = '0.0.9-other';
    }
    expect(() => OtherVersion.define()).not.to.throw();
    expect(() => OtherVersion.define()).not.to.throw();
    expect(warnings.messages).to.have.length(1);
    const [message] = warnings.messages;
    expect(message).to.include(VERSION);
    expect(message).to.include('0.0.9-other');
    expect(describeClass(customElements.get('lhw-base-fixture')), 'the first definition wins').to.equal('BaseFixture');
    const el = await fixture(html`<lhw-base-fixture></lhw-base-fixture>`);
    expect(describeClass(el.constructor)).to.equal('BaseFixture');
  });

  it('registers under a custom tag even though the class already has its default tag', async () => {
    expect(() => BaseFixture.define('lhw-clinic-alias')).not.to.throw();
    expect(describeClass(customElements.get('lhw-clinic-alias'))).to.equal('anonymous subclass of BaseFixture');
    expect(describeClass(customElements.get('lhw-base-fixture'))).to.equal('BaseFixture');

    const el = await renderTag('lhw-clinic-alias', 'clinic-phone="555 0100"');
    expect(el instanceof BaseFixture, 'the element is a BaseFixture').to.equal(true);
    expect(topHeadingText(el)).to.equal('Fixture heading');
    const phoneLink = el.shadowRoot?.querySelector('[part=contact] a[href="tel:5550100"]');
    expect(withoutIsolates(phoneLink?.textContent ?? '')).to.equal('Call your clinic at 555 0100');

    // A second definition under the custom tag is just as harmless.
    expect(() => BaseFixture.define('lhw-clinic-alias')).not.to.throw();
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a class not registered anywhere yet is registered as itself under a custom tag', async () => {
    class FreshFixture extends BaseFixture {}
    FreshFixture.define('lhw-fresh-fixture');
    expect(describeClass(customElements.get('lhw-fresh-fixture'))).to.equal('FreshFixture subclass of BaseFixture');
    const el = await renderTag('lhw-fresh-fixture');
    expect(el instanceof FreshFixture, 'the element is a FreshFixture').to.equal(true);
    expect(topHeadingText(el)).to.equal('Fixture heading');
  });

  it('registers into a scoped CustomElementRegistry instead of the global one', async function () {
    let registry: CustomElementRegistry;
    try {
      registry = new CustomElementRegistry();
    } catch {
      this.skip(); // this browser cannot construct scoped registries
    }
    BaseFixture.define('lhw-scoped-fixture', registry);
    expect(describeClass(registry.get('lhw-scoped-fixture'))).to.equal('BaseFixture');
    expect(describeClass(customElements.get('lhw-scoped-fixture')), 'nothing leaks into the global registry').to.equal('nothing');
    expect(() => BaseFixture.define('lhw-scoped-fixture', registry)).not.to.throw();

    const host = await renderWrapper<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    shadow.innerHTML = '<lhw-scoped-fixture clinic-name="Scoped Clinic" clinic-phone="555 0199"></lhw-scoped-fixture>';
    const el = shadow.querySelector('lhw-scoped-fixture') as BaseFixture;
    expect(describeClass(el.constructor), 'upgraded by the scoped registry').to.equal('BaseFixture');
    await el.updateComplete;
    expect(topHeadingText(el)).to.equal('Fixture heading');
    expect(withoutIsolates(el.shadowRoot?.querySelector('[part=contact] a')?.textContent ?? '')).to.equal(
      'Call Scoped Clinic at 555 0199',
    );
    expect(warnings.messages).to.deep.equal([]);
  });

  describe('with a stub registry', () => {
    it('defines into the given registry, not the global one, even under the default tag', () => {
      const { registry, defined } = stubRegistry(() => null);
      BaseFixture.define(undefined, registry);
      BaseFixture.define('lhw-stub-only', registry);
      expect(describeClass(defined.get('lhw-base-fixture')), 'the global registry was not consulted').to.equal('BaseFixture');
      expect(describeClass(defined.get('lhw-stub-only'))).to.equal('BaseFixture');
      expect(describeClass(customElements.get('lhw-stub-only'))).to.equal('nothing');
    });

    it('asks the given registry whether the class is already registered and then defines a subclass', () => {
      const asked: CustomElementConstructor[] = [];
      const { registry, defined } = stubRegistry((element) => {
        asked.push(element);
        return 'lhw-already-there';
      });
      BaseFixture.define('lhw-second-name', registry);
      expect(asked.map(describeClass)).to.deep.equal(['BaseFixture']);
      expect(describeClass(defined.get('lhw-second-name'))).to.equal('anonymous subclass of BaseFixture');
    });

    it('works with a registry that has no getName', () => {
      const { registry, defined } = stubRegistry();
      expect(() => BaseFixture.define('lhw-no-getname', registry)).not.to.throw();
      expect(describeClass(defined.get('lhw-no-getname'))).to.equal('BaseFixture');
    });

    it('leaves a taken tag in the given registry alone and warns about another version', () => {
      const { registry, defined } = stubRegistry(() => null);
      class Older extends HTMLElement {
        static readonly version = '0.0.1-stub';
      }
      registry.define('lhw-taken', Older);
      BaseFixture.define('lhw-taken', registry);
      expect(describeClass(defined.get('lhw-taken'))).to.equal('Older');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('0.0.1-stub').and.include(VERSION);
    });

    it("says the page defined the tag with its own class when the element already under it has no version", () => {
      const { registry, defined } = stubRegistry(() => null);
      class Foreign extends HTMLElement {}
      registry.define('lhw-foreign', Foreign);
      BaseFixture.define('lhw-foreign', registry);
      expect(describeClass(defined.get('lhw-foreign'))).to.equal('Foreign');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('the page already defines <lhw-foreign> with its own class');
    });
  });
});
