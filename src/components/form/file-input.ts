/**
 * Shows a chosen file in a file input that did not receive it: when a start view
 * hands a file to the full tool (src/components/LazyTool.tsx), the tool's input is
 * a new element, and a dropped file never was in an input at all.
 */
export function showChosen(input: HTMLInputElement | null, file: File): void {
  if (!input || typeof DataTransfer === 'undefined') return;
  try {
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
  } catch {
    // A browser that cannot set the list shows no name; the file is read all the same.
  }
}
