// Sourcing report webview: rows jump to their claim, buttons export the report,
// column headers sort it, the status boxes filter it. It only posts messages;
// the extension validates each one.
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.querySelector("tbody");

  function rowIndex(target) {
    const row = target.closest("tr[data-index]");
    return row ? Number(row.getAttribute("data-index")) : undefined;
  }

  function sortBy(key) {
    const header = document.querySelector(`button[data-sort="${key}"]`).closest("th");
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    document.querySelectorAll("th[aria-sort]").forEach((th) => th.setAttribute("aria-sort", "none"));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const value = (row) => row.getAttribute(`data-${key}`);
    const numeric = key === "line" || key === "status";
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
      // Ties keep reading order.
      return (ascending ? order : -order) || Number(a.dataset.index) - Number(b.dataset.index);
    });
    rows.forEach((row) => body.appendChild(row));
  }

  function applyFilters() {
    const shown = new Set(
      Array.from(document.querySelectorAll("input[data-filter]:checked"), (box) => box.getAttribute("data-filter")),
    );
    Array.from(body.rows).forEach((row) => {
      row.hidden = !shown.has(row.className.replace(/^status-/, ""));
    });
  }

  document.addEventListener("click", (event) => {
    const exportButton = event.target.closest("button[data-export]");
    if (exportButton) {
      vscode.postMessage({ type: "export", format: exportButton.getAttribute("data-export") });
      return;
    }
    const sortButton = event.target.closest("button[data-sort]");
    if (sortButton) {
      sortBy(sortButton.getAttribute("data-sort"));
      return;
    }
    if (event.target.closest(".filters")) return;
    const index = rowIndex(event.target);
    if (index !== undefined) vscode.postMessage({ type: "reveal", index });
  });

  document.addEventListener("change", (event) => {
    if (event.target.matches("input[data-filter]")) applyFilters();
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    if (event.target.closest("button, input")) return;
    const index = rowIndex(event.target);
    if (index === undefined) return;
    event.preventDefault();
    vscode.postMessage({ type: "reveal", index });
  });
})();
