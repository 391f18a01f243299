// Sourcing report webview: rows jump to their claim, buttons export the report.
// It only posts messages; the extension validates each one.
(function () {
  const vscode = acquireVsCodeApi();

  function rowIndex(target) {
    const row = target.closest("tr[data-index]");
    return row ? Number(row.getAttribute("data-index")) : undefined;
  }

  document.addEventListener("click", (event) => {
    const exportButton = event.target.closest("button[data-export]");
    if (exportButton) {
      vscode.postMessage({ type: "export", format: exportButton.getAttribute("data-export") });
      return;
    }
    const index = rowIndex(event.target);
    if (index !== undefined) vscode.postMessage({ type: "reveal", index });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const index = rowIndex(event.target);
    if (index === undefined) return;
    event.preventDefault();
    vscode.postMessage({ type: "reveal", index });
  });
})();
