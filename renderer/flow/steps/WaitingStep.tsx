/**
 * submitting / querying: the step heading and instruction say what is happening; this shows it is alive.
 * The progress bar takes its name from the step heading (SessionFrame's #step-heading).
 */
export function WaitingStep() {
  return <div className="spinner" role="progressbar" aria-busy="true" aria-labelledby="step-heading" />;
}
