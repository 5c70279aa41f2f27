/// <reference types="vite/client" />
import { getCustomElements } from '@storybook/web-components-vite';
import rlsPatternSource from '../src/rls-symptom-card/rls-pattern.ts?raw';
import { rlsRules } from '../src/rls-symptom-card/rls-pattern.js';
import summaryPanelSource from '../src/shared/summary-panel.ts?raw';
import { spasmStepIds } from '../src/spasm-relief-steps/spasm-care.js';
import spasmStepsSource from '../src/spasm-relief-steps/spasm-relief-steps.ts?raw';
import twitchRulesSource from '../src/twitch-redflag-check/twitch-rules.ts?raw';
import { careLevels, twitchRules } from '../src/twitch-redflag-check/twitch-rules.js';
import { scriptSnippet } from './script-snippet.js';

/**
 * The top of each widget's docs page (its autodocs Description block): how to load it (the
 * README's stamped script tag, and the npm import), the element's description from the manifest,
 * then the `detail` of each of its events as the TypeScript interface written in src/, with the
 * types it names spelled out from the code's own lists. Stories use it as
 * `parameters: { docs: widgetDocs(tag) }`; it changes no story's rendering (screenshots and
 * play functions never read it), and the text is made only when a docs page asks for it.
 */

interface EventDoc {
  /** The event, as in the manifest. */
  event: string;
  /** The interface of its `detail`, as declared (exported) in `source`. */
  detail: string;
  /** The TypeScript file that declares it (imported `?raw`). */
  source: string;
  /** Types the interface names, with their values (from the code's lists); others come from `source`. */
  values?: Record<string, readonly string[]>;
}

/** "Take this to your appointment": every element sends it (src/shared/lhw-element.ts). */
const summaryEvent: EventDoc = { event: 'lhw-summary', detail: 'SummaryActionDetail', source: summaryPanelSource };

const widgetEvents: Record<string, EventDoc[]> = {
  'rls-symptom-card': [
    { event: 'lhw-rls-result', detail: 'RlsAssessment', source: rlsPatternSource, values: { RlsRuleId: rlsRules.map((rule) => rule.id) } },
    summaryEvent,
  ],
  'twitch-redflag-check': [
    {
      event: 'lhw-twitch-result',
      detail: 'TwitchAssessment',
      source: twitchRulesSource,
      values: { CareLevel: careLevels, TwitchRuleId: twitchRules.map((rule) => rule.id) },
    },
    summaryEvent,
  ],
  'spasm-relief-steps': [
    { event: 'lhw-step-change', detail: 'SpasmStepChange', source: spasmStepsSource, values: { SpasmStepId: spasmStepIds } },
    { event: 'lhw-steps-complete', detail: 'SpasmStepsComplete', source: spasmStepsSource },
    summaryEvent,
  ],
};

const fence = (language: string, code: string) => `\`\`\`${language}\n${code.trim()}\n\`\`\``;

/** `interface Name { ... }` as written in `source` (without `export`); throws when it is not there. */
function interfaceIn(source: string, name: string): string {
  const found = new RegExp(`^export interface ${name} \\{\\n[\\s\\S]*?^\\}`, 'm').exec(source);
  if (!found) throw new Error(`widget-docs: no "export interface ${name} {" in its source file`);
  return found[0].replace(/^export /, '');
}

/** `type Name = 'a' | 'b';`, from `values` or from a union of string literals in `source`. */
function aliasOf(name: string, { source, values = {} }: EventDoc): string {
  const literals =
    values[name]?.map((value) => `'${value}'`) ??
    new RegExp(`^export type ${name} = ('[^']*'(?: \\| '[^']*')*);$`, 'm').exec(source)?.[1].split(' | ');
  if (!literals) throw new Error(`widget-docs: cannot spell out ${name}: give its values`);
  const unique = [...new Set(literals)];
  return unique.length > 4 ? `type ${name} =\n${unique.map((literal) => `  | ${literal}`).join('\n')};` : `type ${name} = ${unique.join(' | ')};`;
}

/** The event's detail: its interface, and every type it names besides the built-in ones. */
function detailShape(doc: EventDoc): string {
  const declared = interfaceIn(doc.source, doc.detail);
  const body = declared.replace(/\/\*\*[\s\S]*?\*\//g, '');
  const named = [...new Set(body.match(/\b[A-Z]\w*\b/g) ?? [])].filter((name) => name !== doc.detail);
  return [`import type { ${doc.detail} } from 'leg-health-widgets';`, '', declared, ...named.map((name) => aliasOf(name, doc))].join('\n');
}

interface ManifestElement {
  tagName?: string;
  description?: string;
  events?: { name: string; type?: { text: string }; description?: string }[];
}

/** The element's declaration in the manifest Storybook was given (`.storybook/preview.ts`). */
function manifestElement(tag: string): ManifestElement | undefined {
  const manifest = getCustomElements() as { modules?: { declarations?: ManifestElement[] }[] } | undefined;
  return manifest?.modules?.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
}

/** The markdown at the top of `<tag>`'s docs page. */
export function widgetDescription(tag: string): string {
  const element = manifestElement(tag);
  const script = /<script[\s\S]*?<\/script>/.exec(scriptSnippet)?.[0];
  if (!script) throw new Error('widget-docs: the README snippet has no <script> tag');
  // The snippet's element, with this widget's tag and the same clinic attributes (the RLS card's
  // own `variant` stays with it).
  const shown = /<([a-z]+(?:-[a-z]+)+)(\s[^>]*)?><\/\1>/.exec(scriptSnippet.slice(scriptSnippet.indexOf(script) + script.length));
  const attributes = (shown?.[2] ?? '').replace(/\s+variant="[^"]*"/, (variant) => (tag === shown?.[1] ? variant : ''));
  const markup = `<${tag}${attributes}></${tag}>`;

  const events = widgetEvents[tag] ?? [];
  const inManifest = element?.events?.map((event) => `${event.name}: ${event.type?.text}`) ?? [];
  const documented = events.map(({ event, detail }) => `${event}: CustomEvent<${detail}>`);
  if (element && JSON.stringify(inManifest) !== JSON.stringify(documented)) {
    throw new Error(`widget-docs: <${tag}>'s events are ${inManifest.join(', ') || 'none'} in the manifest, ${documented.join(', ') || 'none'} here`);
  }

  return [
    '## Load it',
    'On a web page, paste the script once (it defines every widget), then the element where it should appear. This is the README snippet, with the version and `integrity` hash of this build:',
    fence('html', `${script}\n\n${markup}`),
    `From npm, in an app with a bundler (\`npm install leg-health-widgets\`), register it with a side-effect import:`,
    fence('typescript', `import 'leg-health-widgets/${tag}.js';`),
    "With React 19 and TypeScript, `import type {} from 'leg-health-widgets/react';` once in your project types its attributes and `on<event>` props in JSX (README: Use it with React).",
    ...(element?.description ? ['## What it does', element.description] : []),
    ...(events.length
      ? [
          '## Events',
          `Each event bubbles out of the widget, and none carries the visitor's answers. Listen with \`addEventListener('${events[0].event}', ...)\` (in React 19, \`on${events[0].event}\`); \`event.detail\` has this shape:`,
          ...events.flatMap((doc) => {
            const description = element?.events?.find((event) => event.name === doc.event)?.description;
            return [`**\`${doc.event}\`**${description ? `: ${description}` : ''}`, fence('typescript', detailShape(doc))];
          }),
        ]
      : []),
  ].join('\n\n');
}

/** The `parameters.docs` of a widget's stories: its docs page starts with `widgetDescription(tag)`. */
export function widgetDocs(tag: string) {
  return { extractComponentDescription: () => widgetDescription(tag) };
}
