import type { ReactNode } from 'react';
import { ProgressBar } from 'react-aria-components';
import './RunProgressBar.css';

/** Props of {@link RunProgressBar}. */
export interface RunProgressBarProps {
  /** Households done so far. */
  processed: number;
  /** Households the run goes through. */
  total: number;
  /** The accessible name of the bar: which run it is. */
  label: string;
  /** The line under the bar: status and counts. */
  children: ReactNode;
}

/**
 * The progress of a run that goes through households chunk by chunk (a screening run, a grant
 * run): a bar and a line of counts. A run over no households is shown full, not stuck at 0 %.
 */
export function RunProgressBar({ processed, total, label, children }: RunProgressBarProps) {
  return (
    <ProgressBar className="progress" value={total === 0 ? 1 : processed} maxValue={Math.max(total, 1)} aria-label={label}>
      {({ percentage }) => (
        <>
          <div className="progress__track">
            <div className="progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
          <p>{children}</p>
        </>
      )}
    </ProgressBar>
  );
}
