// The ES modules first (esm-beside.js defines every tag), then the script tag added once they
// have run, so the script meets tags that are already defined. It records when the script ran.
import './esm-beside.js';

const script = document.createElement('script');
script.src = '/dist/leg-health-widgets.js';
script.dataset.copy = 'after-modules';
script.addEventListener('load', () => (window.hostPageProbe.scriptAfterModules = 'ran'));
script.addEventListener('error', () => (window.hostPageProbe.scriptAfterModules = 'failed to load'));
document.head.append(script);
