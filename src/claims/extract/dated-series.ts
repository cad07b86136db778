// A sentence pass: a dated series of figures all count one quantity, each the total of its day.
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import { firstCue } from './cues';
import type { Draft } from './draft';
import { subjectOf } from './lexicon';
import type { NumberMention } from './numbers';
import { interval, qualify } from './qualifiers';

const SERIES_GAP =
  /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?(?:,\s*(?:and\s+|then\s+|to\s+)?|\s+(?:to|and|then)\s+)$/i;
/**
 * A dated series: "from 207 on Sunday night to 290 on Monday, 321 on Tuesday and 359 on Wednesday, the count
 * of those killed …": every figure is a total of its day, of the quantity one of them or the words after name.
 */
export function datedSeries(s: string, nums: NumberMention[], drafts: (Draft | null)[]): void {
  for (let a = 0; a < nums.length;) {
    let b = a;
    while (b + 1 < nums.length && SERIES_GAP.test(s.slice(nums[b].end, nums[b + 1].start))) b++;
    if (b > a) {
      const known = drafts.slice(a, b + 1).find((d): d is Draft => !!d) ?? null;
      let metric: Metric | null = known?.metric ?? null;
      let subject: Subject = known?.subject ?? 'people';
      if (!metric) {
        const tail = /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?,\s+([^.;:]{0,80})/i.exec(
          s.slice(nums[b].end),
        );
        const cue = tail ? seriesCue(tail[1]) : null;
        if (cue) {
          metric = cue.metric;
          subject = subjectOf(tail![1].slice(0, cue.index))?.subject ?? 'people';
        }
      }
      if (!metric) {
        // "Arrests went from 40 on Monday to 95 …": the quantity named right before the series
        const lead = s.slice(
          Math.max(a > 0 ? nums[a - 1].end : 0, nums[a].start - 50),
          nums[a].start,
        );
        const cue = /^[^,;:]*$/.test(lead.slice(-30)) ? seriesCue(lead) : null;
        if (cue) metric = cue.metric;
      }
      if (metric) {
        for (let k = a; k <= b; k++) {
          if (drafts[k]) continue;
          const n = nums[k];
          const q = n.vague ? null : qualify(s.slice(Math.max(0, n.start - 40), n.start));
          const qq: Qualifier = n.vague ? 'vague' : q!.q;
          const [low, high] = interval(n.value, qq, q?.below ?? false, n.vague);
          const dated = /^\s+(?:on|by|at|as of)\s+[^,.;:\d]{2,30}?(?=,|\s+(?:to|and|then)\s)/i.exec(
            s.slice(n.end),
          );
          drafts[k] = {
            n,
            metric,
            subject,
            value: n.value,
            low,
            high,
            qualifier: qq,
            qs: n.start - (q?.len ?? 0),
            qe: n.end + (dated?.[0].length ?? 0),
            increment: false,
          };
        }
      }
    }
    a = b + 1;
  }
}

/** A metric word that can name a dated series: a count of casualties or arrests, not a crowd or a deployment. */
const NOT_SERIES = new Set(['among_prev', 'participants', 'deployed']);
function seriesCue(text: string): { metric: Metric; index: number } | null {
  const cue = firstCue(text);
  return cue && !NOT_SERIES.has(cue.metric)
    ? { metric: cue.metric as Metric, index: cue.index }
    : null;
}
