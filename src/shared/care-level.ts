/** Care levels, highest first: the four NHS-style care cards every widget can show. */
export const careLevels = ['emergency', 'urgent', 'soon', 'self-care'] as const;
export type CareLevel = (typeof careLevels)[number];
