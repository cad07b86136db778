import { firstCue } from '../cues';
import type { FigureWindow } from '../figure-window';
import type { Draft } from '../draft';

/**
 * The figure right before made a claim and nothing in this figure's own clause names another
 * quantity: an elliptical figure may carry that claim's quantity on.
 */
export function previousCarriesOn(w: FigureWindow): Draft | null {
  const { lastDraft, drafts, i, right } = w;
  if (!lastDraft || drafts[i - 1] !== lastDraft) return null;
  return firstCue(right.split(/,\s*(?:and|while|but)\b|[;]/)[0]) ? null : lastDraft;
}
