// A Vue 3 app that shows <twitch-redflag-check> and reacts to its result.
import { createApp, ref } from 'vue';

const app = createApp({
  setup() {
    const clinic = { name: 'Lakeside Family Clinic', phone: '555 0100', booking: 'https://example.org/book' };
    const result = ref(null);
    // The event's `detail` is `{ level, reasons }`; it carries none of the visitor's answers.
    const onResult = (event) => {
      result.value = event.detail;
    };
    return { clinic, result, onResult };
  },
  // Kebab-case bindings on a custom element become attributes, so the widget sees them as if
  // they were written in HTML. `@lhw-twitch-result` adds a DOM listener for the element's event.
  template: `
    <main>
      <h1>Leg health</h1>
      <twitch-redflag-check
        :clinic-name="clinic.name"
        :clinic-phone="clinic.phone"
        :booking-url="clinic.booking"
        emergency-number="911"
        @lhw-twitch-result="onResult"
      ></twitch-redflag-check>
      <p>
        Result seen by Vue:
        <output id="vue-result" :data-level="result ? result.level : ''">
          {{ result ? result.level + ' (' + result.reasons.join(', ') + ')' : 'none yet' }}
        </output>
      </p>
    </main>
  `,
});

// Tell Vue's template compiler that tags with a dash are custom elements, not Vue components
// (otherwise it warns "Failed to resolve component"). With a build step (Vite), pass the same
// function to @vitejs/plugin-vue as `template.compilerOptions.isCustomElement` instead.
app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');

app.mount('#app');
