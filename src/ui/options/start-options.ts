export async function startOptions(root: HTMLElement): Promise<void> {
  root.textContent = '净读 设置';
}
