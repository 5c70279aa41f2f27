// Renders the review-pack model as one self-contained, printable HTML document: inline CSS, no
// script, no outside request. Every interpolated value is escaped by the `markup` tag below.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** Markup that is already safe; only the `markup` tag makes these, so nothing skips escaping. */
class Markup {
  constructor(value) {
    this.value = value;
  }
}

function render(value) {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

/** Template tag: escapes every value unless it is markup from another `markup` call. */
function markup(strings, ...values) {
  return new Markup(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ''), ''));
}

const STYLE = `
  @page { size: Letter; margin: 16mm 14mm 18mm; }
  :root { color: #111; background: #fff; }
  body { font: 10.5pt/1.45 Arial, 'Liberation Sans', Helvetica, 'DejaVu Sans', sans-serif; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.8em; margin: 0 0 .5em; }
  h2 { font-size: 1.5em; border-bottom: 3px solid #111; padding-bottom: .2em; }
  h3 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #777; }
  h4 { font-size: 1.1em; margin-top: 1.4em; }
  h5 { font-size: 1.05em; margin: 1.2em 0 .2em; }
  h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  p { margin: .4em 0; }
  code { font-family: Consolas, Menlo, 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: .85em; }
  .key { display: block; color: #444; }
  table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
  caption { text-align: start; font-weight: bold; padding: .3em 0; }
  th, td { border: 1px solid #888; padding: .25em .45em; text-align: start; vertical-align: top; }
  thead th { background: #e8e8e8; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  ul { margin: 0; padding-inline-start: 1.2em; }
  .identity { border: 3px solid #111; padding: .6em 1em; margin: 1em 0; }
  .identity dt { font-weight: bold; }
  .identity dd { margin: 0 0 .5em; font-size: 1.15em; }
  .hash { font-family: Consolas, Menlo, 'Liberation Mono', 'DejaVu Sans Mono', monospace; word-break: break-all; }
  .stamp { border: 1px solid #111; padding: .3em .6em; }
  .meta { color: #333; font-size: .92em; }
  .kind { width: 6.5em; color: #444; }
  .narrow { width: auto; min-width: 50%; }
  .part-col { width: 13em; word-break: break-word; }
  .fails { font-weight: bold; }
  .condition { white-space: pre-wrap; }
  .part { break-before: page; page-break-before: always; }
  .signoff { break-inside: avoid; page-break-inside: avoid; }
  .signoff td { height: 2.6em; width: 75%; }
  @media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;

const languageName = (language) => new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;

/** ` lang="en"` on English labels inside another language's part, so each text has its language. */
const labelLang = (language) => (language === 'en' ? '' : markup` lang="en"`);

function identity(model) {
  return markup`<p class="stamp meta">leg-health-widgets ${model.version} · content hash <span class="hash">sha256:${model.hash}</span></p>`;
}

function readingLevel(part, score) {
  if (!score || !part.formula) return markup`no running text to score`;
  const verdict = score.words < 25 ? 'too short to judge' : score.passes ? 'meets the limit' : 'FAILS the limit';
  return markup`${part.formula.name} <strong>${score.score.toFixed(1)}</strong> (limit ${part.formula.limit}; ${score.words} words; <span class="${score.passes ? '' : 'fails'}">${verdict}</span>)`;
}

function sourceLinks(part, ids) {
  return ids.map((id, index) => markup`${index ? ', ' : ''}<a href="#${part.language}-source-${id}"><code>${id}</code></a>`);
}

function sectionBlock(part, section) {
  const ui = labelLang(part.language);
  return markup`
    <h5 id="${part.language}-${section.id}">${section.heading ? markup`${section.heading} ` : ''}<code>${section.id}</code></h5>
    <p class="meta"${ui}>Sources: ${section.sources.length ? sourceLinks(part, section.sources) : 'none named'} · Reading level: ${readingLevel(part, section.score)}</p>
    <table>
      <thead${ui}><tr><th scope="col" class="part-col">Part</th><th scope="col" class="kind">Kind</th><th scope="col">Text as shown</th></tr></thead>
      <tbody>
        ${section.strings.map(
          (item) => markup`<tr><td class="part-col"><code>${item.part}</code></td><td class="kind"${ui}>${item.body ? 'text' : 'label'}${item.sample ? markup`<br>sample values` : ''}</td><td>${item.text}</td></tr>`,
        )}
      </tbody>
    </table>`;
}

function reviewLine(part, element) {
  const ui = labelLang(part.language);
  if (!element.review) return '';
  const status = element.review.problems.length ? element.review.problems.join('; ') : 'current';
  return markup`<p class="meta"${ui}>Last reviewed <strong>${element.review.lastReviewed}</strong> · next review due <strong>${element.review.nextReview}</strong> · ${status}</p>`;
}

function textChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-text"${ui}>Every string, by element and section</h3>
    <p class="meta"${ui}>In the order the pack defines them. “Label” rows are headings and labels; the reading level counts the “text” rows. Text with a variable part (a count, the clinic's name, the emergency number) is filled in with sample values.</p>
    ${part.elements.map(
      (element) => markup`
        <h4 id="${part.language}-element-${element.key}"${ui}>${element.name}</h4>
        ${reviewLine(part, element)}
        ${element.sections.map((section) => sectionBlock(part, section))}`,
    )}`;
}

function readingChapter(part) {
  const ui = labelLang(part.language);
  const sections = part.elements.flatMap((element) => element.sections).filter((section) => section.score);
  return markup`
    <h3 id="${part.language}-reading"${ui}>Reading level of every section</h3>
    <table>
      <caption${ui}>${part.formula?.name ?? 'No formula'} (limit ${part.formula?.limit ?? '—'})</caption>
      <thead${ui}><tr><th scope="col">Section</th><th scope="col">Words</th><th scope="col">Score</th><th scope="col">Verdict</th></tr></thead>
      <tbody${ui}>
        ${sections.map(
          (section) => markup`<tr><th scope="row"><code>${section.id}</code></th><td>${section.score.words}</td><td>${section.score.score.toFixed(1)}</td><td class="${section.score.passes ? '' : 'fails'}">${section.score.words < 25 ? 'too short to judge' : section.score.passes ? 'meets the limit' : 'FAILS'}</td></tr>`,
        )}
      </tbody>
    </table>`;
}

function reviewChapter(part) {
  const ui = labelLang(part.language);
  const reviewed = part.elements.filter((element) => element.review);
  return markup`
    <h3 id="${part.language}-review"${ui}>Review dates</h3>
    <table${ui}>
      <thead><tr><th scope="col">Element</th><th scope="col">Last reviewed</th><th scope="col">Next review due</th><th scope="col">Status on ${part.today}</th></tr></thead>
      <tbody>
        ${reviewed.map(
          (element) => markup`<tr><th scope="row">${element.name}</th><td>${element.review.lastReviewed}</td><td>${element.review.nextReview}</td><td>${element.review.problems.length ? element.review.problems.join('; ') : 'current'}</td></tr>`,
        )}
      </tbody>
    </table>`;
}

const levelCell = (part, level) => {
  const label = part.twitch.levels.find((candidate) => candidate.level === level)?.label ?? level;
  return markup`<code>${level}</code><br>${label}`;
};

/** Which answers make a set of questions fire a rule, as the table says it. */
const ANSWERS_WORDING = {
  yes: '“yes” only',
  unsure: '“not sure” (or no answer) only',
  'yes-or-unsure': '“yes”, “not sure” or no answer',
};

function signSet(part, set) {
  const ui = labelLang(part.language);
  return markup`${set.questions.map((question, index) => markup`${index ? markup`<em${ui}>together with</em><br>` : ''}${question.text} <code class="key">${question.key}</code>`)}<br><em${ui}>answered ${ANSWERS_WORDING[set.answers]}</em>`;
}

function answerCountsTable(part) {
  const ui = labelLang(part.language);
  return markup`
    <table class="narrow">
      <caption${ui}>How an answer counts for a warning sign or a reason to see a clinician (<code>countsAsYes</code>, run on each answer)</caption>
      <thead${ui}><tr><th scope="col">Answer</th><th scope="col">Counts as “yes”</th></tr></thead>
      <tbody>
        ${part.answerCounts.map(
          (row) => markup`<tr><th scope="row">${row.label ?? markup`<span${ui}>no answer</span>`}${row.answer ? markup` <code class="key">${row.answer}</code>` : ''}</th><td${ui}>${row.countsAsYes ? 'yes' : 'no'}</td></tr>`,
        )}
      </tbody>
    </table>`;
}

function twitchRulesChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-twitch-rules"${ui}>&lt;twitch-redflag-check&gt;: care-level rules</h3>
    <p class="meta"${ui}>Rendered from <code>twitchRules</code> in src/twitch-redflag-check/twitch-rules.ts. The conditions are found by running each rule on every set of up to three questions answered “yes”, and again answered “not sure” (all others “no”), and keeping the smallest sets that make it fire. An emergency sign's own rule fires on “yes”; “not sure” about any emergency sign fires <code>emergency-sign-unsure</code> instead, with the same level. Every rule that fires is reported and the highest level wins; self-care rules count only when no other rule fires. The worked examples below show the level for real answers.</p>
    ${answerCountsTable(part)}
    <table>
      <thead${ui}><tr><th scope="col">Level</th><th scope="col">Rule</th><th scope="col">Fires when (any one line)</th><th scope="col">Reason shown to the visitor</th></tr></thead>
      <tbody>
        ${part.twitch.rules.map(
          (rule) => markup`<tr data-rule="${rule.id}" data-level="${rule.level}">
            <td>${levelCell(part, rule.level)}</td>
            <th scope="row"><code>${rule.id}</code></th>
            <td>${
              rule.signSets.length === 0
                ? markup`<span${ui}>never, with up to three answers: read the code</span>`
                : rule.signSets[0].questions.length === 0
                  ? markup`<span${ui}>holds with every answer “no” (a self-care reason: shown only when no other rule fires)</span>`
                  : markup`<ul>${rule.signSets.map((set) => markup`<li>${signSet(part, set)}</li>`)}</ul>`
            }</td>
            <td>${rule.reason}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function answersCell(part, example) {
  const ui = labelLang(part.language);
  if (Object.keys(example.answers).length === 0) return markup`<span${ui}>nothing answered</span>`;
  if (example.shown.length === 0) return markup`<span${ui}>every answer</span> “${part.answerLabels.no}”`;
  return markup`<ul>${example.shown.map((item) => markup`<li><strong>${part.answerLabels[item.answer] ?? item.answer}</strong>: ${item.text} <code class="key">${item.key}</code></li>`)}</ul>`;
}

function twitchExamplesChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-twitch-examples"${ui}>&lt;twitch-redflag-check&gt;: worked examples</h3>
    <p class="meta"${ui}>Each row is run through <code>assessTwitching</code>. Every question is answered “yes” on its own and “not sure” on its own, all others “no”; then mixed cases. Answers not listed are “no”.</p>
    <table>
      <thead${ui}><tr><th scope="col">Case</th><th scope="col">Answers other than “no”</th><th scope="col">Triggers named</th><th scope="col">Level returned</th><th scope="col">Rules fired</th></tr></thead>
      <tbody>
        ${part.twitch.cases.map(
          (example) => markup`<tr data-case="${example.id}" data-level="${example.result.level}">
            <th scope="row"><code>${example.id}</code></th>
            <td>${answersCell(part, example)}</td>
            <td>${example.triggerTexts.length ? markup`<ul>${example.triggerTexts.map((text) => markup`<li>${text}</li>`)}</ul>` : '—'}</td>
            <td>${levelCell(part, example.result.level)}</td>
            <td>${example.result.reasons.map((id, index) => markup`${index ? markup`<br>` : ''}<code>${id}</code>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function spasmHelpChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-spasm-help"${ui}>&lt;spasm-relief-steps&gt;: check first, and when to get help</h3>
    <p class="meta"${ui}>Rendered from <code>spasmHelpSigns</code> and <code>overdoseCall</code> in src/spasm-relief-steps/spasm-care.ts. The “check first” box stands above the steps in both modes; the acetaminophen caution beside the pain-relief step ends with whom to call after taking too much (US Poison Control only where the emergency number is 911, the page's emergency number elsewhere); each get-help row is shown in the care card of its level (the emergency rows inside the same-day card).</p>
    <table class="narrow">
      <caption${ui}>Check first (above the steps)</caption>
      <tbody>${part.spasm.checkFirst.map((line) => markup`<tr><td>${line}</td></tr>`)}</tbody>
    </table>
    <table class="narrow">
      <caption${ui}>After too much acetaminophen: the last line of its caution, by the page's emergency number (<code>overdoseCall</code>, run on each number)</caption>
      <thead${ui}><tr><th scope="col">Emergency number</th><th scope="col">Call</th><th scope="col">Text shown to the visitor</th></tr></thead>
      <tbody>
        ${part.spasm.overdose.map(
          (row) => markup`<tr data-overdose="${row.emergency}" data-call="${row.call}"><th scope="row">${row.emergency}</th><td><code>${row.call}</code></td><td>${row.text}</td></tr>`,
        )}
      </tbody>
    </table>
    <table>
      <thead${ui}><tr><th scope="col">Level</th><th scope="col">Row</th><th scope="col">Shown under</th><th scope="col">Text shown to the visitor</th></tr></thead>
      <tbody>
        ${part.spasm.helpSigns.map(
          (sign) => markup`<tr data-help="${sign.id}" data-level="${sign.level}">
            <td><code>${sign.level}</code></td>
            <th scope="row"><code>${sign.id}</code></th>
            <td>${part.spasm.headings[sign.level]}</td>
            <td>${sign.text}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

/** A fixed local time, `YYYY-MM-DDTHH:MM:SS`, as the pack writes dates: `YYYY-MM-DD HH:MM`. */
const localTime = (time) => time.slice(0, 16).replace('T', ' ');

function summaryChapter(part) {
  const ui = labelLang(part.language);
  const { summary } = part;
  const copies = summary.copies.map((language) => languageName(language));
  return markup`
    <h3 id="${part.language}-summary"${ui}>What a visitor takes to an appointment</h3>
    <p class="meta"${ui}>Under a result, “Take this to your appointment” prints (or saves, or copies) a summary made on the visitor's device: the result, their answers, the reasons and questions to ask. It is printed here, for one typical “book an appointment” result, by the real <code>&lt;${summary.element}&gt;</code> in headless Chromium on ${summary.paper} paper, as a visitor's browser prints it: walked by clicks through the answers below (the test harness's <code>twitchScenarios.${summary.scenario}</code>), Print pressed, the page printed with the widget's own print styles. The date on it is fixed at ${localTime(summary.madeAt)}, so every build prints the same.</p>
    <p data-summary-file="${summary.file}"${ui}>The printed summary: <a href="${summary.file}"><code>${summary.file}</code></a>, beside this pack. ${
      summary.copies.length === 1
        ? markup`One summary in ${copies[0]}.`
        : markup`The ${copies[0]} summary, then an English copy for an English-speaking doctor or nurse, from a new page.`
    } Review it with the rest of this part.</p>
    <table class="narrow" data-summary-case="${summary.scenario}" data-level="${summary.result.level}">
      <caption${ui}>The answers that produced it (every other question answered “${part.answerLabels.no}”)</caption>
      <tbody>
        <tr><th scope="row"${ui}>Emergency screen, ticked</th><td>${summary.tickedTexts.map((text, index) => markup`${index ? '; ' : ''}${text}`)}</td></tr>
        <tr><th scope="row"${ui}>Answers other than “no”</th><td>${answersCell(part, summary)}</td></tr>
        <tr><th scope="row"${ui}>Triggers named</th><td>${summary.triggerTexts.length ? markup`<ul>${summary.triggerTexts.map((text) => markup`<li>${text}</li>`)}</ul>` : '—'}</td></tr>
        <tr><th scope="row"${ui}>Level returned</th><td>${levelCell(part, summary.result.level)}</td></tr>
        <tr><th scope="row"${ui}>Rules fired, and the reasons the summary gives</th><td><ul>${summary.result.reasons.map((id, index) => markup`<li><code>${id}</code>: ${summary.reasonTexts[index]}</li>`)}</ul></td></tr>
      </tbody>
    </table>`;
}

function effectText(part, effect) {
  const parts = [];
  if (effect.pattern) parts.push(markup`pattern <code>${effect.pattern}</code>: ${part.rls.patternHeadings[effect.pattern] ?? ''}`);
  if (effect.course) parts.push(markup`course <code>${effect.course}</code>`);
  if (effect.seeClinician) parts.push(markup`see a clinician`);
  return parts.length ? parts.map((item, index) => markup`${index ? markup`<br>` : ''}${item}`) : markup`listed as a reason only`;
}

function rlsRulesChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-rls-rules"${ui}>&lt;rls-symptom-card&gt;: self-check rules</h3>
    <p class="meta"${ui}>Rendered from <code>rlsRules</code> in src/rls-symptom-card/rls-pattern.ts, in table order: the first pattern rule that holds sets the pattern. The condition column is the rule's own code. The criteria (<code>rlsCriteria</code>) are:</p>
    <ul>${part.rls.criteria.map((criterion) => markup`<li>${criterion.text} <code class="key">${criterion.key}</code></li>`)}</ul>
    <table class="narrow">
      <caption${ui}>The crisis link beside the mood advice, by the page's crisis number (<code>crisisLineTakesTexts</code>, run on each number); it dials the number</caption>
      <thead${ui}><tr><th scope="col">Crisis number</th><th scope="col">Call or text</th><th scope="col">Link text shown to the visitor</th></tr></thead>
      <tbody>
        ${part.rls.crisisLinks.map(
          (row) => markup`<tr data-crisis="${row.number}" data-texts="${row.callOrText ? 'yes' : 'no'}"><th scope="row">${row.number}</th><td${ui}>${row.callOrText ? 'call or text' : 'call'}</td><td>${row.text}</td></tr>`,
        )}
      </tbody>
    </table>
    <table>
      <thead${ui}><tr><th scope="col">Rule</th><th scope="col">Effect</th><th scope="col">Condition, as the code states it</th><th scope="col">Reason shown to the visitor</th></tr></thead>
      <tbody>
        ${part.rls.rules.map(
          (rule) => markup`<tr data-rule="${rule.id}">
            <th scope="row"><code>${rule.id}</code></th>
            <td${ui}>${effectText(part, rule.effect)}</td>
            <td><code class="condition" lang="en">${rule.condition}</code></td>
            <td>${rule.reason}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function rlsExamplesChapter(part) {
  const ui = labelLang(part.language);
  return markup`
    <h3 id="${part.language}-rls-examples"${ui}>&lt;rls-symptom-card&gt;: worked examples</h3>
    <p class="meta"${ui}>Each row is run through <code>assessRlsPattern</code>. Answers not listed are “no”.</p>
    <table>
      <thead${ui}><tr><th scope="col">Case</th><th scope="col">Answers other than “no”</th><th scope="col">How often</th><th scope="col">Pattern</th><th scope="col">Course</th><th scope="col">See a clinician</th><th scope="col">Rules fired</th></tr></thead>
      <tbody>
        ${part.rls.cases.map(
          (example) => markup`<tr data-case="${example.id}" data-pattern="${example.result.pattern}">
            <th scope="row"><code>${example.id}</code></th>
            <td>${answersCell(part, example)}</td>
            <td>${part.rls.frequencyLabels[example.answers.frequency] ?? example.answers.frequency}</td>
            <td><code>${example.result.pattern}</code></td>
            <td>${example.result.course ? markup`<code>${example.result.course}</code>` : '—'}</td>
            <td${ui}>${example.result.seeClinician ? 'yes' : 'no'}</td>
            <td>${example.result.reasons.map((id, index) => markup`${index ? markup`<br>` : ''}<code>${id}</code>`)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function sourcesChapter(model, part) {
  const ui = labelLang(part.language);
  const citedBy = (id) =>
    part.elements.flatMap((element) => element.sections).filter((section) => section.sources.includes(id)).map((section) => section.id);
  return markup`
    <h3 id="${part.language}-sources"${ui}>Sources</h3>
    <table lang="en">
      <thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Address or citation</th><th scope="col">Cited by</th></tr></thead>
      <tbody>
        ${model.sources.map(
          (source) => markup`<tr id="${part.language}-source-${source.id}">
            <th scope="row"><code>${source.id}</code></th>
            <td>${source.title}</td>
            <td>${source.publisher}</td>
            <td>${source.url ? markup`<code>${source.url}</code>` : ''}${source.url && source.citation ? markup`<br>` : ''}${source.citation ?? ''}</td>
            <td>${citedBy(source.id).length ? citedBy(source.id).map((id, index) => markup`${index ? markup`<br>` : ''}<code>${id}</code>`) : 'not cited'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function signOff(model, part) {
  const ui = labelLang(part.language);
  const name = languageName(part.language);
  return markup`
    <section class="signoff" aria-labelledby="${part.language}-signoff"${ui}>
      <h3 id="${part.language}-signoff">Sign-off: ${name} (${part.language})</h3>
      <p>The ${name} part of leg-health-widgets <strong>${model.version}</strong>, content hash <strong class="hash">sha256:${model.hash}</strong>: every string, rule and worked example above, and the printed summary <code>${part.summary.file}</code>.</p>
      <table>
        <tbody>
          ${['Name', 'Role', 'Date', 'Decision (approved / changes needed)', 'Changes needed', 'Signature'].map(
            (label) => markup`<tr><th scope="row">${label}</th><td></td></tr>`,
          )}
        </tbody>
      </table>
    </section>`;
}

/** The language's clinical review status, first thing in its part. */
function languageStatus(part) {
  const ui = labelLang(part.language);
  const { status } = part;
  return status.status === 'reviewed'
    ? markup`<p class="meta"${ui}>Review status: <strong>reviewed</strong> on ${status.date} by a ${status.reviewer}.</p>`
    : markup`<p class="meta draft"${ui}>Review status: <strong>draft</strong>. No clinician who reads ${languageName(part.language)} has reviewed this text yet: a clinic should have one check every string below against the English part, and sign it off, before it enables this language.</p>`;
}

function languageChapter(model, part) {
  const ui = labelLang(part.language);
  return markup`
    <section class="part" id="part-${part.language}" lang="${part.language}" aria-labelledby="${part.language}-title">
      <h2 id="${part.language}-title"${ui}>${languageName(part.language)} (${part.language})</h2>
      <div${ui}>${identity(model)}</div>
      ${languageStatus(part)}
      ${reviewChapter(part)}
      ${textChapter(part)}
      ${readingChapter(part)}
      ${twitchRulesChapter(part)}
      ${twitchExamplesChapter(part)}
      ${rlsRulesChapter(part)}
      ${rlsExamplesChapter(part)}
      ${spasmHelpChapter(part)}
      ${summaryChapter(part)}
      ${sourcesChapter(model, part)}
      ${signOff(model, part)}
    </section>`;
}

function contents(model) {
  const chapters = [
    ['review', 'Review dates'],
    ['text', 'Every string, by element and section'],
    ['reading', 'Reading level of every section'],
    ['twitch-rules', 'Twitching check: care-level rules'],
    ['twitch-examples', 'Twitching check: worked examples'],
    ['rls-rules', 'RLS self-check: rules'],
    ['rls-examples', 'RLS self-check: worked examples'],
    ['spasm-help', 'Cramp steps: check first, and when to get help'],
    ['summary', 'What a visitor takes to an appointment'],
    ['sources', 'Sources'],
    ['signoff', 'Sign-off'],
  ];
  return markup`
    <nav aria-labelledby="contents">
      <h2 id="contents">Contents</h2>
      <ol>
        ${model.languages.map(
          (part) => markup`<li><a href="#part-${part.language}">${languageName(part.language)} (${part.language})</a> · ${part.status.status}
            <ol>${chapters.map(([id, title]) => markup`<li><a href="#${part.language}-${id}">${title}</a></li>`)}</ol></li>`,
        )}
      </ol>
    </nav>`;
}

/** The whole pack as one HTML document. */
export function renderReviewPack(model) {
  const languages = model.languages.map((part) => `${languageName(part.language)} (${part.language})`).join(', ');
  return markup`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>leg-health-widgets ${model.version}: clinical review pack</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<header>
  <h1>leg-health-widgets: clinical review pack</h1>
  <dl class="identity">
    <dt>Package version</dt><dd><strong>${model.version}</strong></dd>
    <dt>Content hash (SHA-256 of every string, source, rule and worked-example result)</dt><dd class="hash"><strong>sha256:${model.hash}</strong></dd>
    <dt>Generated</dt><dd>${model.today}</dd>
    <dt>Languages</dt><dd>${languages}</dd>
  </dl>
  <p>This pack is generated from the code that ships: every string each element can show, the rules of both checks as the code runs them, and worked examples with the results the code returns. Review each language part and sign it off at its end. A sign-off names the version and the content hash above: the same hash means the same content, and any change to a string, a source, a rule or a rule's result gives a new hash.</p>
</header>
<main>
${contents(model)}
${model.languages.map((part) => languageChapter(model, { ...part, today: model.today }))}
</main>
</body>
</html>
`.value;
}
