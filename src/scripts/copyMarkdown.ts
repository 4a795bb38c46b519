/**
 * The "Copy page as Markdown" button: fetches the page's Markdown version and puts it on the
 * clipboard, saying in a status line whether it worked. Without a clipboard the button stays hidden
 * and the plain link to the Markdown version remains.
 */
export function initCopyMarkdown(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-copy-markdown]");
  const status = document.querySelector<HTMLElement>("[data-copy-status]");
  if (!button || !status || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      const response = await fetch(button.dataset.copyMarkdown!);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      status.textContent = "Copied.";
    } catch {
      status.textContent = "Could not copy; open the Markdown version instead.";
    }
  });
}
