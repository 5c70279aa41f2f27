/** The script-tag bundle: loading it defines every element of the library. */
import './rls-symptom-card/define.js';
import './twitch-redflag-check/define.js';
import './spasm-relief-steps/define.js';
