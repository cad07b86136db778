// Members of a counted set: "Out of 750 girls at the camp, 23 are unaccounted for" counts 23 girls
// (children), though the clause of the figure names only a state. The set's own figure is no claim
// of the quantity; its noun says whom the members are.
import type { Draft } from '../draft';
import { subjectOf } from '../lexicon';
import type { NumberMention } from '../numbers';
import { qualify } from '../qualifiers';

export const SET_MEMBERS_RULE = {
  name: 'members of a counted set are of its kind',
  examples: [
    'Of the 300 students on the trip, 12 are still missing. [12 children]',
    'Of 25 journalists covering the march, 3 were detained. [3 journalists]',
    'Out of 750 girls at the camp, 23 are unaccounted for. [23 children]',
    'Out of the 60 soldiers in the convoy, 14 were wounded. [14 military]',
  ],
};

/** "Out of the" / "Of" right before the set's figure. */
const SET_OPENER = /(?:^|[\s,;:(])(?:out of|of)\s+(?:the\s+|all\s+)?$/i;
/** The set's noun phrase, closed by the comma before the member figure. */
const SET_NOUN = /^\s+([^,;:.()]{1,60}?)\s*,\s*$/;

/** Each figure counted as people that follows a set of one kind ("Of the 300 students, 12 …") takes its subject. */
export function setMembers(s: string, nums: NumberMention[], drafts: (Draft | null)[]): void {
  for (let i = 1; i < nums.length; i++) {
    const member = drafts[i];
    if (!member || member.subject !== 'people') continue;
    if (!SET_OPENER.test(s.slice(0, nums[i - 1].start))) continue;
    const between = s.slice(nums[i - 1].end, nums[i].start);
    const noun = SET_NOUN.exec(between.slice(0, between.length - qualify(between).len));
    const kind = noun && subjectOf(noun[1]);
    if (kind && kind.index === 0 && kind.subject !== 'people') member.subject = kind.subject;
  }
}
