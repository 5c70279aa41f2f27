// The clinical review pack shows every string of every content pack and the rules exactly as the
// code runs them; a changed rule or string changes the pack. Node test, no browser.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromiumPath } from '../../scripts/lib/browsers.mjs';
import { loadReviewInputs, reviewPack } from '../../scripts/review-pack/index.mjs';
import { SUMMARY, summaryCopies, summaryFileName } from '../../scripts/review-pack/model.mjs';
import { pdfPageCount, printSummariesInChromium, SUMMARY_PAPERS } from '../../scripts/review-pack/summaries.mjs';

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
    // The only links out of the pack are to the printed summaries written beside it.
    const summaries = Object.keys(inputs.packs).map(summaryFileName);
    for (const [, target] of pack.html.matchAll(/\shref="([^"]*)"/g)) assert.ok(target.startsWith('#') || summaries.includes(target), target);
    for (const language of Object.keys(inputs.packs)) languagePart(pack.html, language);
  });

  test('each language part says its review status first: reviewed (when, by whom) or draft, to be reviewed before a clinic enables it', () => {
    assert.deepEqual(Object.keys(inputs.packs).sort(), ['en', 'es', 'vi', 'zh-Hant']);
    for (const [language, content] of Object.entries(inputs.packs)) {
      const part = languagePart(pack.html, language);
      const { review } = content;
      if (review.status === 'reviewed') {
        assert.ok(part.includes(`<strong>reviewed</strong> on ${review.date} by a ${review.reviewer}`), language);
      } else {
        assert.match(part, /<strong>draft<\/strong>\. No clinician who reads [^<]+ has reviewed this text yet/, language);
      }
    }
    assert.deepEqual(
      Object.fromEntries(Object.entries(inputs.packs).map(([language, content]) => [language, content.review.status])),
      { en: 'reviewed', es: 'reviewed', vi: 'draft', 'zh-Hant': 'draft' },
      'English and Spanish keep their status; the add-ons ship as drafts',
    );
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

  test('prints whom the acetaminophen caution names after too much, by the emergency number, as overdoseCall decides', () => {
    const { overdoseCall, poisonControl } = inputs.spasm;
    assert.equal(overdoseCall('911'), 'poison-control');
    assert.equal(overdoseCall('112'), 'emergency');
    for (const [language, content] of Object.entries(inputs.packs)) {
      const part = languagePart(pack.html, language);
      const { overdose } = content.spasm.steps['pain-relief'].cautions[1];
      for (const emergency of ['911', '112']) {
        const call = overdoseCall(emergency);
        assert.equal(row(part, 'overdose', emergency)?.call, call, `${language} ${emergency}`);
        assert.ok(textOf(part).includes(normalise(overdose[call]({ poisonControl, emergency }))), `${language} ${emergency}: the text`);
      }
      assert.ok(overdose['poison-control']({ poisonControl, emergency: '911' }).includes(poisonControl), `${language}: names Poison Control's number`);
      assert.ok(!overdose.emergency({ poisonControl, emergency: '112' }).includes(poisonControl), `${language}: not outside the US`);
    }
    const rewired = reviewPack({ ...inputs, spasm: { ...inputs.spasm, overdoseCall: () => 'emergency' } }, { today });
    assert.notEqual(rewired.model.hash, pack.model.hash, 'a changed rule changes the hash');
    assert.equal(row(languagePart(rewired.html, 'en'), 'overdose', '911')?.call, 'emergency');
  });

  test('prints the RLS crisis link: "call or text" for 988 only', () => {
    for (const [language, content] of Object.entries(inputs.packs)) {
      const part = languagePart(pack.html, language);
      assert.equal(row(part, 'crisis', '988')?.texts, 'yes', language);
      assert.equal(row(part, 'crisis', '116 123')?.texts, 'no', language);
      assert.ok(textOf(part).includes(normalise(content.rls.callOrText({ number: '988' }))), `${language}: the 988 link text`);
    }
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

  test('"What a visitor takes to an appointment": each language part names its printed summary and the answers behind it', () => {
    const { scenarios, scenarioAnswers } = inputs.summary;
    const { triggers, ...answers } = scenarioAnswers(scenarios[SUMMARY.scenario]);
    const expected = inputs.twitch.assess({ ...answers, triggers });
    assert.equal(expected.level, 'soon', 'the typical summary is a "book an appointment" result');
    for (const [language, content] of Object.entries(inputs.packs)) {
      const part = languagePart(pack.html, language);
      const start = part.indexOf(`<h3 id="${language}-summary"`);
      assert.ok(start >= 0, `${language}: the section`);
      const section = part.slice(start, part.indexOf('<h3', start + 1));
      const shown = textOf(section);
      assert.ok(shown.startsWith('What a visitor takes to an appointment'), `${language}: its heading`);
      assert.ok(pack.html.includes(`<a href="#${language}-summary">What a visitor takes to an appointment</a>`), `${language}: in the contents`);
      const file = summaryFileName(language);
      assert.ok(section.includes(`<a href="${file}">`), `${language}: links ${file}`);
      assert.ok(textOf(part.slice(part.indexOf('class="signoff"'))).includes(file), `${language}: the sign-off names ${file}`);
      assert.equal(section.match(new RegExp(`data-summary-case="${SUMMARY.scenario}" data-level="([^"]*)"`))?.[1], expected.level, `${language}: the level`);
      const twitch = content.twitch;
      for (const [question, answer] of Object.entries(answers)) {
        if (answer === 'no') continue;
        const label = twitch.emergencyScreen.signs[question]?.label ?? twitch.questions[question].legend;
        assert.ok(shown.includes(`${content.shared.answers[answer]} : ${normalise(label)} ${question}`), `${language}: ${question} = ${answer}`);
      }
      for (const trigger of triggers) assert.ok(shown.includes(twitch.triggers.options[trigger]), `${language}: trigger ${trigger}`);
      for (const reason of inputs.twitch.reasonTexts(twitch, expected.reasons, { clinic: content.shared.yourClinic, emergency: '911' })) assert.ok(shown.includes(normalise(reason)), `${language}: ${reason}`);
      assert.ok(shown.includes(SUMMARY.madeAt.slice(0, 16).replace('T', ' ')), `${language}: the fixed date`);
    }
  });
});

describe('printed summaries of the review pack', () => {
  const chromium = (() => {
    try {
      return chromiumPath();
    } catch (error) {
      return error;
    }
  })();
  const skip = chromium instanceof Error && process.env.LHW_REQUIRE_ALL_BROWSERS !== '1' ? `no Chromium: ${chromium.message}` : false;
  let outDir;
  let printed;
  let languages;

  before(async () => {
    if (skip) return;
    languages = Object.keys((await loadReviewInputs()).packs);
    outDir = mkdtempSync(path.join(tmpdir(), 'lhw-summaries-'));
    printed = await printSummariesInChromium({ languages, outDir });
  });
  after(() => outDir && rmSync(outDir, { recursive: true, force: true }));

  /** The PDF of one language's summary, as bytes. */
  const pdf = (language) => readFileSync(path.join(outDir, summaryFileName(language)));

  test('one PDF per language, built-in and add-on, printed by the widget from a "book an appointment" result', { skip }, () => {
    assert.deepEqual(languages.slice().sort(), ['en', 'es', 'vi', 'zh-Hant']);
    for (const language of languages) {
      const file = path.join(outDir, summaryFileName(language));
      assert.ok(existsSync(file), file);
      assert.equal(pdf(language).subarray(0, 5).toString('latin1'), '%PDF-', `${language}: a PDF`);
      const item = printed.find((entry) => entry.language === language);
      assert.equal(item.level, 'soon', language);
      assert.deepEqual(item.copies, summaryCopies(language), `${language}: the visitor's language, then an English copy`);
      assert.equal(item.pages, pdfPageCount(pdf(language)));
    }
  });

  test('the date is fixed: the PDF is stamped with the summary\'s time, not the build\'s', { skip }, () => {
    const stamp = `/CreationDate (D:${SUMMARY.madeAt.replace(/\D/g, '')}`;
    for (const language of languages) assert.ok(pdf(language).toString('latin1').includes(stamp), language);
  });

  /** The page count of one language's summary on each paper (the Letter one is the file's). */
  const pagesOn = (language) => printed.find((entry) => entry.language === language).pagesOn;

  test('printed on Letter (the file) and on A4 (counted only)', { skip }, () => {
    assert.deepEqual([...SUMMARY_PAPERS], [SUMMARY.paper, 'A4']);
    assert.equal(SUMMARY.paper, 'Letter');
    for (const language of languages) {
      assert.deepEqual(Object.keys(pagesOn(language)), SUMMARY_PAPERS, language);
      assert.equal(pagesOn(language).Letter, pdfPageCount(pdf(language)), `${language}: the file is the Letter print`);
    }
  });

  for (const paper of ['Letter', 'A4']) {
    test(`${paper}: English, the typical result, fits on one page; Spanish adds the English copy from a new page`, { skip }, () => {
      assert.equal(pagesOn('en')[paper], 1, 'English: one page');
      assert.ok(pagesOn('es')[paper] > pagesOn('en')[paper], 'Spanish: its own summary, then the English copy');
    });

    test(`${paper}: every other language, its own summary on one page, then the English copy: two pages`, { skip }, () => {
      for (const language of ['es', 'vi', 'zh-Hant']) assert.equal(pagesOn(language)[paper], 2, language);
    });
  }
});
