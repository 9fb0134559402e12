/**
 * After a list re-renders for a keyboard move: focus the moved item's control again. A Move up /
 * Move down button that became disabled (top or bottom reached) hands the focus to its pair, and
 * any other control to the item's `fallback` control.
 */
export function focusMovedItem<Fallback extends string>(
  control: 'up' | 'down' | Fallback,
  fallback: Fallback,
  selectorOf: (control: 'up' | 'down' | Fallback) => string,
): void {
  const order = control === 'up' ? ['up', 'down', fallback] : control === 'down' ? ['down', 'up', fallback] : [fallback];
  requestAnimationFrame(() => {
    for (const candidate of order as Array<'up' | 'down' | Fallback>) {
      const element = document.querySelector<HTMLButtonElement>(selectorOf(candidate));
      if (element && !element.disabled) {
        element.focus();
        return;
      }
    }
  });
}
