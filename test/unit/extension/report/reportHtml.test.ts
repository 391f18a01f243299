import * as assert from "node:assert/strict";
import { reportHtml } from "../../../../src/extension/report/reportHtml";
import type { ReportRow } from "../../../../src/extension/report/reportRows";

const ROW: ReportRow = {
  kind: "quote",
  status: "unattributed",
  statusText: "Unattributed",
  text: "“<script>alert(1)</script> is what he wrote,”",
  line: 4,
  start: 0,
  end: 10,
  credit: "",
  speaker: "",
  sourceId: "wire.txt",
  passage: "He wrote <img src=x onerror=alert(1)>.",
};

describe("reportHtml", () => {
  const html = reportHtml({
    title: "draft.md",
    rows: [ROW],
    cspSource: "https://webview.example",
    nonce: "abc123",
    styleUri: "https://webview.example/media/report.css",
    scriptUri: "https://webview.example/media/report.js",
  });

  it("allows only the webview's own styles and the nonce'd script", () => {
    assert.match(
      html,
      /content="default-src &#39;none&#39;; style-src https:\/\/webview\.example; script-src &#39;nonce-abc123&#39;"/,
    );
    assert.match(html, /<script nonce="abc123" src="https:\/\/webview\.example\/media\/report\.js"><\/script>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it("escapes draft and source text", () => {
    assert.ok(!html.includes("<script>alert"));
    assert.ok(!html.includes("<img"));
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62; is what he wrote/);
  });

  it("makes each row a jump target and counts claims by status", () => {
    assert.match(
      html,
      /<tr class="status-unattributed" data-index="0" data-line="4" data-status="0" [^>]*title="Go to line 4">/,
    );
    assert.match(html, /1 unattributed · 0 weak · 0 attributed · 0 ignored/);
  });

  it("offers a filter box per status, with its count, and sortable column headers", () => {
    assert.match(
      html,
      /<input type="checkbox" data-filter="unattributed" checked> Unattributed <span class="count">1<\/span>/,
    );
    assert.match(html, /<input type="checkbox" data-filter="ignored" checked> Ignored <span class="count">0<\/span>/);
    for (const key of ["line", "claim", "status", "speaker"]) assert.match(html, new RegExp(`data-sort="${key}"`));
    assert.match(html, /data-export="json"/);
  });
});
