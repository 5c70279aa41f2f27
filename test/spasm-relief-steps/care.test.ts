// The cramp widget's "when to get help" levels, against the clinical brief (version 2, section C)
// written out here independently of src/spasm-relief-steps/spasm-care.ts: the module's table and
// the diary's advice must give each sign the brief's level, and ticking more can never lower the
// advice. The element tests read the levels from the module to render them; this file is what
// fails if a row moves to another level.
//
// Only plain values go to chai.
import { expect } from '@open-wc/testing';
import { crampDurations, diaryLevel, diarySigns, helpSignsAt, spasmHelpLevels, spasmHelpSigns, type CrampDuration, type SpasmHelpSignId } from '../../src/spasm-relief-steps/spasm-care.js';

type Level = 'emergency' | 'urgent' | 'soon';

/** Brief C, "Get care" and the version 2 changes, one row per sign. */
const brief: Record<SpasmHelpSignId, Level> = {
  // Possible clot with chest pain or breathlessness; tetanus: jaw stiffness or spasms spreading.
  'clot-with-chest-or-breathing': 'emergency',
  'tetanus-signs': 'emergency',
  // Same day: one leg swollen, or painful with warm, red or darker skin; a cramp over 10 minutes;
  // cramps after a wound that could let in tetanus; muscle symptoms on a statin; dark urine.
  'one-leg-swollen': 'urgent',
  'longer-than-ten-minutes': 'urgent',
  'after-wound': 'urgent',
  'statin-muscle-symptoms': 'urgent',
  'dark-urine': 'urgent',
  // Book: frequent cramps, cramps that disturb sleep, both legs or ankles swollen or cramps with
  // numbness or weakness, cramps after starting a water pill.
  frequent: 'soon',
  'disturb-sleep': 'soon',
  'both-legs-numb-or-weak': 'soon',
  'new-water-pill': 'soon',
};

const rank: Record<Level | 'self-care', number> = { emergency: 3, urgent: 2, soon: 1, 'self-care': 0 };

/** The brief's advice for a diary: the highest level among what was ticked, or self-care. */
function briefAdvice(signs: readonly SpasmHelpSignId[], duration?: CrampDuration): Level | 'self-care' {
  const had = duration === 'over-ten-minutes' ? [...signs, 'longer-than-ten-minutes' as const] : signs;
  return had.reduce<Level | 'self-care'>((best, sign) => (rank[brief[sign]] > rank[best] ? brief[sign] : best), 'self-care');
}

describe('cramp "when to get help": the levels of the clinical brief', () => {
  it('every sign of the module has the level the brief gives it, and the brief has no sign the module lacks', () => {
    const table = Object.fromEntries(spasmHelpSigns.map(({ id, level }) => [id, level]));
    expect(table).to.deep.equal(brief);
  });

  it('the cards show the levels highest first, each with its signs', () => {
    expect([...spasmHelpLevels]).to.deep.equal(['emergency', 'urgent', 'soon']);
    for (const level of spasmHelpLevels) {
      expect(helpSignsAt(level), level).to.have.members(Object.keys(brief).filter((sign) => brief[sign as SpasmHelpSignId] === level));
    }
  });

  it('the diary gives each sign alone its level, and a cramp over 10 minutes alone is urgent', () => {
    for (const sign of diarySigns) expect(diaryLevel({ signs: [sign] }), sign).to.equal(brief[sign]);
    expect(diaryLevel({ signs: [], duration: 'over-ten-minutes' })).to.equal('urgent');
    expect(diaryLevel({ signs: [], duration: 'up-to-ten-minutes' })).to.equal('self-care');
    expect(diaryLevel({ signs: [] })).to.equal('self-care');
  });

  it('every diary (each set of boxes, with each duration or none) gets the highest level ticked, so ticking more never lowers it', () => {
    const wrong: string[] = [];
    for (let mask = 0; mask < 1 << diarySigns.length; mask += 1) {
      const signs = diarySigns.filter((_, index) => mask & (1 << index));
      for (const duration of [undefined, ...crampDurations]) {
        const got = diaryLevel({ signs, duration });
        if (got !== briefAdvice(signs, duration)) wrong.push(`${signs.join('+') || '(none)'} ${duration ?? ''}: ${got}`);
        // One more box can only keep or raise the advice.
        for (const extra of diarySigns.filter((sign) => !signs.includes(sign))) {
          if (rank[diaryLevel({ signs: [...signs, extra], duration })] < rank[got]) wrong.push(`${signs.join('+')} + ${extra} lowered ${got}`);
        }
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
  });
});
