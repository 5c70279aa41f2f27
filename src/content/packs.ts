import { en } from './en/index.js';
import { es } from './es/index.js';
import type { ContentPack } from './types.js';

/**
 * The languages the widgets speak. Adding a language is adding its pack here: the compiler
 * checks the pack against `ContentPack`, and `Language` grows with it.
 */
export const packs = { en, es } satisfies Record<string, ContentPack>;

export type Language = keyof typeof packs;

export const languages = Object.keys(packs) as Language[];

export const defaultLanguage: Language = 'en';
