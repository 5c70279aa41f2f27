/** The three answers a yes/no question offers. */
export type Answer = 'yes' | 'no' | 'unsure';

export const answerValues: readonly Answer[] = ['yes', 'no', 'unsure'];

/**
 * Whether an answer counts as "yes" for a warning sign. "Not sure" does, and so does no answer
 * at all: when in doubt, the safer (higher) care level wins.
 */
export function countsAsYes(answer: Answer | undefined): boolean {
  return answer !== 'no';
}
