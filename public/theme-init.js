// Applies the reader's saved theme before the first paint, so the wrong theme never flashes.
// A file rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
try {
  const theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch {
  // Storage blocked: the page follows the system theme.
}
