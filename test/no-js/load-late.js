// A slow network, simulated: the widget script arrives 300 ms after the page has loaded and
// painted (so the fallback is on screen first, and the page's load event never waits for it).
addEventListener('load', () => {
  requestAnimationFrame(() => {
    setTimeout(() => {
      const script = document.createElement('script');
      script.src = '/dist/leg-health-widgets.js';
      document.head.append(script);
    }, 300);
  });
});
