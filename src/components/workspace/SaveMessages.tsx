/** What useAssessmentSave reports: why a change was not saved (an alert), and a status read out by screen readers. */
export function SaveMessages({ error, status }: { error: string; status: string }) {
  return (
    <>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
