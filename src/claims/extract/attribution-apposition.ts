// A person's role in capitals between commas after their name describes them and is no source of
// its own: "Vice Marshal Mohammad Syafii, Head of Basarnas, said" is Mohammad Syafii speaking.
import { anyOf } from './word-pattern';
import { ROLE_HEADS } from './source-words';

/** Heads of a role that news copy writes in capitals after a name, as data. */
const CAPITALISED_ROLE_HEADS: readonly string[] = [
  ...ROLE_HEADS,
  ...['head', 'chairman', 'chairwoman', 'chairperson', 'chair', 'coordinator', 'executive'],
];
/** Words before the head that leave it a role: "Deputy Head of …", "Acting Director of …". */
const ROLE_MODIFIERS = ['vice', 'deputy', 'acting', 'assistant', 'senior', 'chief', 'executive'];

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/** The rule, with the wordings it reads (the spec runs each). */
export const CAPITALISED_ROLE_RULE = {
  name: 'a role in capitals between commas after a name describes the name',
  examples: [
    'Vice Marshal Mohammad Syafii, Head of Basarnas, said on Thursday that four were dead.',
    'Jane Doe, Director of the Civil Protection Agency, said 12 people were missing.',
    'Ana Ruiz, Deputy Minister of Health, told reporters that 40 were injured.',
    'Tom Mbeki, Chairman of the Red Cross branch, said 300 families were displaced.',
  ],
  pattern: new RegExp(
    String.raw`^\s*(?:(?:${anyOf(ROLE_MODIFIERS.map(capitalised))})\s+)*` +
      String.raw`${anyOf(CAPITALISED_ROLE_HEADS.map(capitalised))}(?:\s+General)?` +
      String.raw`\s+(?:of|for|at|in|to)\s+[^,]+$`,
    'u',
  ),
};

/** Whether the words between two commas are a capitalised role: "Head of Basarnas". */
export function isCapitalisedRole(words: string): boolean {
  return CAPITALISED_ROLE_RULE.pattern.test(words);
}
