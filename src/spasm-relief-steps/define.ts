import { SpasmReliefSteps } from './spasm-relief-steps.js';

SpasmReliefSteps.define();

export { SpasmReliefSteps };
