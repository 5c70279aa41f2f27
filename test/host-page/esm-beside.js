// The npm build loaded beside the script tag: the main entry (classes, no side effects) and every
// element's define module. It records the classes it exports, so the test can tell them apart
// from the ones the page's registry holds.
//
// On a real page the import map in the fixture resolves the bare `lit` imports of dist/*.js. The
// test server (@web/dev-server) rewrites bare imports in the JS it serves before the browser sees
// them, so the import with a computed specifier below is what proves the map itself resolves.
import { RlsSymptomCard, SpasmReliefSteps, TwitchRedflagCheck } from '/dist/index.js';
import '/dist/rls-symptom-card.js';
import '/dist/twitch-redflag-check.js';
import '/dist/spasm-relief-steps.js';

const probe = window.hostPageProbe;
const bare = ['l', 'i', 't'].join('');
probe.importMap = {
  lit: new URL(import.meta.resolve(bare)).pathname,
  LitElement: typeof (await import(bare)).LitElement,
};
probe.esm = {
  'rls-symptom-card': RlsSymptomCard,
  'twitch-redflag-check': TwitchRedflagCheck,
  'spasm-relief-steps': SpasmReliefSteps,
};
