import type { ContentPack } from '../types.js';
import { rls } from './rls.js';
import { shared } from './shared.js';
import { spasm } from './spasm.js';
import { twitch } from './twitch.js';

/** The English pack: the reference every other language is checked against. */
export const en: ContentPack = {
  language: 'en',
  shared,
  rls,
  twitch,
  spasm,
};
