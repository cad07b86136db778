import type { SkipRule } from '../figure-reading';

/**
 * A sentence that opens with a date ("In June 2021,", "Back in 2015", "On 3 May 2019,") and a year
 * two or more before the text's own.
 */
const DATED_OPENER = new RegExp(
  [
    String.raw`^\s*(?:[Bb]ack\s+in|[Ii]n|[Oo]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?`,
    String.raw`(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)\b`,
  ].join(''),
);

/**
 * A figure in a sentence dated years before the text belongs to that earlier event, whatever the
 * sentence calls it: "In June 2021, 160 people were killed in this massacre" in a 2024 report.
 * (The year before the text's own may still be this event's: a report on 2 January of a December
 * fire.) Only the sentence's first clause is dated by its opener.
 */
export const datedYearsBefore: SkipRule = {
  name: 'a figure in a sentence dated years before the text',
  examples: [
    { text: 'In June 2021, 160 people were killed in a similar massacre.', value: 160 },
    { text: 'Back in 2015, floods in the same valley displaced 4,000 residents.', value: 4000 },
    { text: 'On 3 May 2019, police arrested 200 protesters in the square.', value: 200 },
    { text: 'In 2020 some 35 miners died in a collapse at the same pit.', value: 35 },
  ],
  applies({ s, n, pubYear }) {
    const opener = DATED_OPENER.exec(s);
    if (!opener || !pubYear || Number(opener[1]) > pubYear - 2) return false;
    return !/[;:]/.test(s.slice(opener[0].length, n.start));
  },
};
