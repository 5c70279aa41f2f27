import { TwitchRedflagCheck } from './twitch-redflag-check.js';

TwitchRedflagCheck.define();

export { TwitchRedflagCheck };
