// Figures that are no count of their own, each a named rule: a figure one of them applies to gives
// no claim and is not offered to the frame rules either.
import type { FigureWindow } from './figure-window';
import type { SkipRule } from './figure-reading';
import { carriedWithDead } from './skip-rules/carried-with-dead.rule';
import { changeBy } from './skip-rules/change-by.rule';
import { datedYearsBefore } from './skip-rules/dated-years-before.rule';
import { denied } from './skip-rules/denied.rule';
import { eitherState } from './skip-rules/either-state.rule';
import { foundAfterAll } from './skip-rules/found-after-all.rule';
import { fromFigure } from './skip-rules/from-figure.rule';
import { graveCondition } from './skip-rules/grave-condition.rule';
import { pastEvent } from './skip-rules/past-event.rule';
import { perHousehold } from './skip-rules/per-household.rule';
import { population } from './skip-rules/population.rule';
import { rescued } from './skip-rules/rescued.rule';
import { secondOfRange } from './skip-rules/second-of-range.rule';
import { surpassedPastEvent } from './skip-rules/surpassed-past-event.rule';
import { worstCase } from './skip-rules/worst-case.rule';

export const SKIP_RULES: readonly SkipRule[] = [
  population,
  secondOfRange,
  changeBy,
  fromFigure,
  denied,
  pastEvent,
  datedYearsBefore,
  surpassedPastEvent,
  rescued,
  eitherState,
  graveCondition,
  worstCase,
  carriedWithDead,
  perHousehold,
  foundAfterAll,
];

export function isSkipped(w: FigureWindow): boolean {
  return SKIP_RULES.some((rule) => rule.applies(w));
}
