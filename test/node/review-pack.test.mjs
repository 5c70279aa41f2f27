// The clinical review pack shows every string of every content pack and the rules exactly as the
// code runs them; a changed rule or string changes the pack. Node test, no browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { loadReviewInputs, reviewPack } from '../../scripts/review-pack/index.mjs';

const today = new Date().toISOString().slice(0, 10);
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** The readable text of some HTML: tags become spaces, entities their characters. */
const textOf = (markup) => normalise(markup.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]));

/** One language's part of the pack, as HTML. */
function languagePart(html, language) {
  const start = html.indexOf(`<section class="part" id="part-${language}" lang="${language}"`);
  assert.ok(start >= 0, `the pack has a part with lang="${language}"`);
  const next = html.indexOf('<section class="part"', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

/** The attributes of the table row marked `data-<key>="<id>"`. */
function row(html, key, id) {
  const match = html.match(new RegExp(`<tr data-${key}="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"([^>]*)>`));
  return match && Object.fromEntries([...match[1].matchAll(/data-([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
}

/** Strings of a pack that a part does not show. */
function missingStrings(part, pack, collectStrings) {
  const shown = textOf(part);
  return collectStrings(pack).filter((item) => !shown.includes(normalise(item.text)));
}

describe('clinical review pack', () => {
  let inputs;
  let pack;
  before(async () => {
    inputs = await loadReviewInputs();
    pack = reviewPack(inputs, { today });
  });

  test('names the package version and a SHA-256 content hash', () => {
    assert.equal(pack.model.version, JSON.parse(readFileSync('package.json', 'utf8')).version);
    assert.ok(pack.html.includes(`<strong>${pack.model.version}</strong>`));
    assert.match(pack.model.hash, /^[0-9a-f]{64}$/);
    assert.ok(pack.html.includes(`sha256:${pack.model.hash}`));
    assert.equal(reviewPack(inputs, { today }).model.hash, pack.model.hash, 'the hash is stable');
  });

  test('is self-contained: no script, no outside address, every language part has its lang', () => {
    assert.doesNotMatch(pack.html, /<script|<link|<img|<iframe|\ssrc=|url\(/i);
    for (const [, target] of pack.html.matchAll(/\shref="([^"]*)"/g)) assert.match(target, /^#/);
    for (const language of Object.keys(inputs.packs)) languagePart(pack.html, language);
  });

  test('shows every string of every content pack in its language part', () => {
    for (const [language, content] of Object.entries(inputs.packs)) {
      const strings = inputs.quality.collectStrings(content);
      assert.ok(strings.length > 100, `${language} has strings`);
      assert.deepEqual(missingStrings(languagePart(pack.html, language), content, inputs.quality.collectStrings), [], language);
    }
  });

  test('gives the reading-level figure of every section', () => {
    const { collectStrings, sectionScores } = inputs.quality;
    for (const [language, content] of Object.entries(inputs.packs)) {
      const shown = textOf(languagePart(pack.html, language));
      for (const { section, words, score } of sectionScores(content, language, collectStrings)) {
        assert.ok(shown.includes(`${section} ${words} ${score.toFixed(1)}`), `${language} ${section}`);
      }
    }
  });

  test('tables every twitching and RLS rule with the level the rule data gives it', () => {
    for (const language of Object.keys(inputs.packs)) {
      const part = languagePart(pack.html, language);
      for (const rule of inputs.twitch.rules) assert.equal(row(part, 'rule', rule.id)?.level, rule.level, `${language} ${rule.id}`);
      for (const rule of inputs.rls.rules) assert.ok(row(part, 'rule', rule.id), `${language} ${rule.id}`);
    }
  });

  test('every single-sign twitching example shows the level assessTwitching returns', () => {
    const { questions, assess } = inputs.twitch;
    const allNo = Object.fromEntries(questions.map((question) => [question, 'no']));
    for (const language of Object.keys(inputs.packs)) {
      const part = languagePart(pack.html, language);
      assert.equal(row(part, 'case', 'all-no')?.level, assess(allNo).level);
      for (const question of questions) {
        for (const answer of ['yes', 'unsure']) {
          const expected = assess({ ...allNo, [question]: answer }).level;
          assert.equal(row(part, 'case', `${question}=${answer}`)?.level, expected, `${language} ${question}=${answer}`);
        }
      }
    }
  });

  test('every worked example, mixed ones included, shows what the logic modules return', () => {
    const twitchCases = pack.model.languages[0].twitch.cases;
    assert.ok(twitchCases.filter((example) => example.kind === 'mixed').length >= 5, 'mixed twitching cases');
    for (const language of Object.keys(inputs.packs)) {
      const part = languagePart(pack.html, language);
      for (const example of twitchCases) {
        const answers = example.triggers.length ? { ...example.answers, triggers: example.triggers } : example.answers;
        assert.equal(row(part, 'case', example.id)?.level, inputs.twitch.assess(answers).level, `${language} ${example.id}`);
      }
      for (const example of pack.model.languages[0].rls.cases) {
        assert.equal(row(part, 'case', example.id)?.pattern, inputs.rls.assess(example.answers).pattern, `${language} ${example.id}`);
      }
    }
  });

  test('prints the cramp widget\'s get-help table, row by row with its level, and the emergency-sign-unsure rule', () => {
    for (const language of Object.keys(inputs.packs)) {
      const part = languagePart(pack.html, language);
      for (const sign of inputs.spasm.helpSigns) assert.equal(row(part, 'help', sign.id)?.level, sign.level, `${language} ${sign.id}`);
      assert.equal(row(part, 'rule', 'emergency-sign-unsure')?.level, 'emergency', language);
      assert.ok(textOf(part).includes(inputs.packs[language].twitch.reasons['emergency-sign-unsure']), `${language}: the unsure reason`);
    }
    const demoted = inputs.spasm.helpSigns.map((sign) => (sign.id === 'one-leg-swollen' ? { ...sign, level: 'soon' } : sign));
    const changed = reviewPack({ ...inputs, spasm: { ...inputs.spasm, helpSigns: demoted } }, { today });
    assert.notEqual(changed.model.hash, pack.model.hash);
    assert.equal(row(languagePart(changed.html, 'en'), 'help', 'one-leg-swollen')?.level, 'soon');
  });

  test('a changed rule changes the pack and its hash, and the rule check catches it', () => {
    const demoted = inputs.twitch.rules.map((rule) => (rule.id === 'spreading' ? { ...rule, level: 'self-care' } : rule));
    const changedLevel = reviewPack({ ...inputs, twitch: { ...inputs.twitch, rules: demoted } }, { today });
    assert.notEqual(changedLevel.html, pack.html);
    assert.notEqual(changedLevel.model.hash, pack.model.hash);
    const original = inputs.twitch.rules.find((rule) => rule.id === 'spreading');
    assert.notEqual(row(languagePart(changedLevel.html, 'en'), 'rule', 'spreading').level, original.level);

    // Same level, other trigger: only the derived condition differs.
    const rewired = inputs.twitch.rules.map((rule) => (rule.id === 'spreading' ? { ...rule, when: ({ has }) => has('newMedicine') } : rule));
    const changedCondition = reviewPack({ ...inputs, twitch: { ...inputs.twitch, rules: rewired } }, { today });
    assert.notEqual(changedCondition.html, pack.html);
    assert.notEqual(changedCondition.model.hash, pack.model.hash);
  });

  test('a changed string changes the pack and the string check catches it', () => {
    const { en } = inputs.packs;
    const title = `${en.twitch.title} <b>& "changed"</b>`;
    const packs = { ...inputs.packs, en: { ...en, twitch: { ...en.twitch, title } } };
    const changed = reviewPack({ ...inputs, packs }, { today });
    assert.notEqual(changed.model.hash, pack.model.hash);
    const part = languagePart(changed.html, 'en');
    assert.ok(part.includes('&lt;b&gt;&amp; &quot;changed&quot;&lt;/b&gt;'), 'text is escaped into HTML');
    assert.doesNotMatch(part, /<b>/);
    assert.deepEqual(missingStrings(part, packs.en, inputs.quality.collectStrings), []);
    // The string check fails on a pack that lacks a string: the old pack lacks the new title.
    const missing = missingStrings(languagePart(pack.html, 'en'), packs.en, inputs.quality.collectStrings);
    assert.deepEqual(missing.map((item) => item.path), ['twitch.title']);
  });
});
