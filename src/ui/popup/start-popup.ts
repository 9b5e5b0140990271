export async function startPopup(root: HTMLElement): Promise<void> {
  root.textContent = '净读';
}
