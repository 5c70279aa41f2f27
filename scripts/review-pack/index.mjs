// The review pack without files or a browser: `reviewPack(inputs)` is pure, so a test can build it
// from the shipping modules or from a changed copy of them and compare.
import { renderReviewPack } from './html.mjs';
import { buildReviewModel } from './model.mjs';

export { loadReviewInputs } from './load.mjs';

/** The pack's model and its HTML; `today` (YYYY-MM-DD) judges the review dates. */
export function reviewPack(inputs, { today }) {
  const model = buildReviewModel(inputs, { today });
  return { model, html: renderReviewPack(model) };
}
