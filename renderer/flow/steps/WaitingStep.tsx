/** submitting / querying: the step heading and instruction say what is happening; this shows it is alive. */
export function WaitingStep() {
  return <div className="spinner" role="progressbar" aria-busy="true" />;
}
