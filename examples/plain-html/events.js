// Listens to the widgets' events, as a clinic page might (to show a booking banner, or to count
// results in its own privacy-friendly analytics). The events bubble and cross shadow roots, so one
// listener on the document hears every widget. They carry no answers: only the result.
const output = document.getElementById('last-result');

function show(eventName, text, level = '') {
  output.dataset.event = eventName;
  output.dataset.level = level;
  output.textContent = text;
}

document.addEventListener('lhw-twitch-result', (event) => {
  const { level, reasons } = event.detail;
  show(event.type, `twitching check: ${level} (${reasons.join(', ')})`, level);
});

document.addEventListener('lhw-rls-result', (event) => {
  const { pattern, seeClinician } = event.detail;
  show(event.type, `restless legs self-check: ${pattern}${seeClinician ? ', see a clinician' : ''}`);
});

document.addEventListener('lhw-step-change', (event) => {
  const { step, index } = event.detail;
  show(event.type, `cramp steps: step ${index + 1} (${step})`);
});

document.addEventListener('lhw-steps-complete', (event) => {
  show(event.type, event.detail.eased ? 'cramp steps: the cramp eased' : 'cramp steps: all steps done');
});
