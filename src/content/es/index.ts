import type { ContentPack } from '../types.js';
import { rls } from './rls.js';
import { shared } from './shared.js';
import { spasm } from './spasm.js';
import { twitch } from './twitch.js';

/** The Spanish pack: the same facts and rules as English, written for Spanish readers. */
export const es: ContentPack = {
  language: 'es',
  shared,
  rls,
  twitch,
  spasm,
};
