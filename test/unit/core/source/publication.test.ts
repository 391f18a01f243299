import assert from "node:assert/strict";
import { publicationOf } from "../../../../src/core/source/publication";

const body = "Kursk\n\nUkraine launched a minor offensive on Sunday.\n";

describe("source/publication: who published a source article", () => {
  it("takes what the caller says first", () => {
    assert.equal(publicationOf({ id: "source.txt", text: `${body}\n© The Hill\n`, publication: "Reuters" }), "Reuters");
  });

  it("reads a © line", () => {
    assert.equal(publicationOf({ id: "source.txt", text: `${body}\n© The Hill\n` }), "The Hill");
  });

  it("reads a copyright line with a year", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: `${body}\nCopyright 2025 Coastal Wire Service. All rights reserved.\n` }),
      "Coastal Wire Service",
    );
  });

  it("reads front matter", () => {
    assert.equal(publicationOf({ id: "source.txt", text: `---\npublication: The Hill\n---\n${body}` }), "The Hill");
  });

  it("reads a byline with the publication after the name", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: `Kursk\n\nBy Ellen Mitchell, The Hill\n\n${body}` }),
      "The Hill",
    );
  });

  it("does not take a reporter's job after a byline's comma for the publication", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: `Kursk\n\nBy Nadia Brooks, Defence Correspondent\n\n${body}` }),
      undefined,
    );
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: "Kursk\n\nBy Nadia Brooks, Defence Correspondent\n\nKYIV (Reuters) - Ukraine launched a minor offensive on Sunday.\n",
      }),
      "Reuters",
    );
  });

  it("reads a wire dateline", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: "KYIV (Reuters) - Ukraine launched a minor offensive on Sunday.\n" }),
      "Reuters",
    );
  });

  it("reads a wire dateline with the date in it", () => {
    const opening = (dateline: string) => ({
      id: "source.txt",
      text: `Title\n\n${dateline} Ukraine said on Sunday.\n`,
    });
    assert.equal(publicationOf(opening("KYIV, March 3 (Reuters) -")), "Reuters");
    assert.equal(publicationOf(opening("WASHINGTON, Dec. 12, 2026 (AP) —")), "AP");
  });

  it("reads a wire agency's byline, in any case", () => {
    assert.equal(publicationOf({ id: "source.txt", text: `Quake\n\nBy IANS,\n\n${body}` }), "IANS");
    assert.equal(
      publicationOf({ id: "source.txt", text: `Storm\n\nChina Daily (USA) - By REUTERS\n\n${body}` }),
      "Reuters",
    );
    assert.equal(
      publicationOf({ id: "source.txt", text: `Storm\n\nThe figures were first published by Reuters.\n\n${body}` }),
      undefined,
    );
  });

  it("reads a byline without 'By': a name over a publication, or a name, a job and a publication", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: `Budget\n\nJorge Barrera\nNorthern News Services\n\n${body}` }),
      "Northern News Services",
    );
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: `Floods\n\nHelen Rourke, North of England correspondent, The Northern Standard\n\n${body}`,
      }),
      "The Northern Standard",
    );
    assert.equal(
      publicationOf({ id: "source.txt", text: `Budget\n\nJorge Barrera\nStaff Writer\n\n${body}` }),
      undefined,
    );
    assert.equal(
      publicationOf({ id: "source.txt", text: `Budget\n\nJorge Barrera\nYellowknife\n\n${body}` }),
      undefined,
    );
  });

  it("reads a dateline with the publication in square brackets", () => {
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: "EVERETT, Washington [Peter Paul Media] — The Boeing 787 took off Tuesday.\n",
      }),
      "Peter Paul Media",
    );
  });

  it("reads the line a copy names its source with", () => {
    assert.equal(publicationOf({ id: "source.txt", text: `${body}\nSource: News.com.au\n` }), "News.com.au");
    assert.equal(publicationOf({ id: "source.txt", text: `${body}\nSource: Wikinews\n` }), "Wikinews");
  });

  it("does not take a data credit line between paragraphs for the publication", () => {
    const text = `${body}\nSource: Office for National Statistics\n\nThe figures will be revised in May.\n`;
    assert.equal(publicationOf({ id: "source.txt", text }), undefined);
  });

  it("does not take a sentence about sources for a publication line", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: `${body}\nThe source: a man who saw it. He left.\n` }),
      undefined,
    );
  });

  it("reads the publisher line of a saved GOV.UK page", () => {
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: `Rail fares to be frozen\n\nFrom: Department for Transport\nPublished 4 March\n\n${body}`,
      }),
      "Department for Transport",
    );
  });

  it("reads a site's tagline line, but not a sentence that starts from a day", () => {
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: `Ferry service cut\n\nFrom Wikinews, the free news source you can write!\n\n${body}`,
      }),
      "Wikinews",
    );
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: `Ferry service cut\n\nFrom Monday, the ferry will run twice a day\n\n${body}`,
      }),
      undefined,
    );
  });

  it("reads a wire dateline that opens with the agency alone", () => {
    assert.equal(
      publicationOf({ id: "source.txt", text: "(Reuters) - Shares in the ferry operator fell 4% on Tuesday.\n" }),
      "Reuters",
    );
  });

  it("reads publication from YAML front matter, quoted or not, and ignores other keys", () => {
    assert.equal(
      publicationOf({
        id: "source.txt",
        text: `---\ntitle: Ferries\npublication: "The Harbour Gazette"\n---\n${body}`,
      }),
      "The Harbour Gazette",
    );
    assert.equal(publicationOf({ id: "source.txt", text: `---\ntitle: Ferries\n---\n${body}` }), undefined);
  });

  it("falls back on a file named after its publication", () => {
    assert.equal(publicationOf({ id: "wires/The Hill.txt", text: body }), "The Hill");
  });

  it("does not guess from a generic file name", () => {
    assert.equal(publicationOf({ id: "source.txt", text: body }), undefined);
    assert.equal(publicationOf({ id: "kursk-draft-2.txt", text: body }), undefined);
  });
});
