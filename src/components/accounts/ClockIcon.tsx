/** A clock icon next to the word «Forfalt», so overdue is never shown by colour alone. */
export function ClockIcon() {
  return (
    <svg class="accounts__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5" />
      <path d="M12 7v5.5l3.5 2" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
    </svg>
  );
}
