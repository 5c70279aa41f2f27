import { RlsSymptomCard } from './rls-symptom-card.js';

RlsSymptomCard.define();

export { RlsSymptomCard };
