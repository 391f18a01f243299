import assert from "node:assert/strict";
import { checkDraft } from "../../../../src/core/check";
import { Finding } from "../../../../src/core/types";
import { analyse } from "../../../../src/core/source/analysis";

/** The finding for the draft's claim holding some words, checked against one source article. */
function findingFor(draft: string, source: string, words: string): Finding {
  const { findings } = checkDraft(draft, [{ id: "source.txt", text: source }]);
  const found = findings.find((f) => f.claim?.text.includes(words));
  assert.ok(found, `a finding for "${words}"`);
  return found;
}

/** The words the first fix for a draft's claim inserts. */
function fixFor(draft: string, source: string, words: string): string {
  return findingFor(draft, source, words)
    .fixes[0].edits.map((e) => e.newText)
    .join("");
}

/** Who the speaker map says speaks the paragraph holding some words, outside quotation marks. */
function speakerOfParagraph(text: string, words: string): string | undefined {
  const { article, speakers } = analyse({ id: "source.txt", text });
  const at = text.indexOf(words);
  const paragraph = article.paragraphs.findIndex((p) => p.start <= at && at < p.end);
  return speakers.speechParagraphs.get(paragraph)?.speaker.name;
}

const interview =
  "Ferry captain on the winter timetable\n\n" +
  "Nadia Okafor, the senior captain of the Kelby island ferry, spoke to KLBY about the cancelled crossings.\n\n" +
  "KLBY: Why were so many crossings cancelled in January?\n\n" +
  "OKAFOR: The swell at the harbour mouth was over three metres on 14 days. We do not sail in that.\n\n" +
  "Most passengers understood, and the freight went across on the calm days.\n\n" +
  "KLBY: Will the new boat help?\n\n" +
  "OKAFOR: It will. Its hull is built for a rougher sea, and it can carry 40 cars.\n";

describe("source/transcript: interview transcripts and Q&A", () => {
  it("credits an answer led by the interviewee's surname in capitals, first reference as the intro gives it", () => {
    const draft = "Crossings were cancelled.\n\n“The swell at the harbour mouth was over three metres on 14 days.”\n";
    assert.equal(
      fixFor(draft, interview, "harbour mouth"),
      ",” said Nadia Okafor, the senior captain of the Kelby island ferry.",
    );
  });

  it("credits the outlet's questions to the outlet, never to the interviewee", () => {
    assert.equal(speakerOfParagraph(interview, "Will the new boat help"), "KLBY");
    const draft = "The ferry gets a new boat.\n\n“Will the new boat help?”\n";
    assert.doesNotMatch(fixFor(draft, interview, "new boat help"), /Okafor/);
    assert.match(fixFor(draft, interview, "new boat help"), /KLBY said/);
  });

  it("keeps an answer's speaker for the unlabelled paragraph after it, up to the next label", () => {
    assert.equal(speakerOfParagraph(interview, "Most passengers understood"), "Nadia Okafor");
  });

  it("credits a number in an answer to the interviewee", () => {
    const draft = "The new ferry can carry 40 cars.\n";
    assert.match(fixFor(draft, interview, "40 cars"), /Nadia Okafor, the senior captain of the Kelby island ferry/);
  });

  it("credits a quotation inside an answer to the one answering", () => {
    const source =
      "Stadium vote\n\n" +
      "Council leader Priya Nand spoke with NPR after the vote.\n\n" +
      "NPR: What was your message to the owners?\n\n" +
      "NAND: I told them “the city will not pay for your roof” and I meant it.\n";
    const draft = "The stadium roof leaks.\n\n“The city will not pay for your roof”\n";
    assert.match(fixFor(draft, source, "pay for your roof"), /Nand/);
  });

  it("never gives a quotation inside a question to the interviewee the question names", () => {
    const source =
      "Stadium vote\n\n" +
      "Council leader Priya Nand spoke with NPR after the vote.\n\n" +
      "NPR: Ms. Nand, the owners call your plan “a betrayal of the fans.” Is it?\n\n" +
      "NAND: No. The fans will keep their stadium.\n";
    const draft = "The stadium deal is off.\n\n“Your plan is a betrayal of the fans.”\n";
    assert.doesNotMatch(fixFor(draft, source, "betrayal of the fans"), /Nand/);
  });

  describe("Q: and A:", () => {
    const qa =
      "Five questions for the harbour's new pilot\n\n" +
      "By Lena Ortiz, Kelby Gazette\n\n" +
      "Tom Reilly, the new harbour pilot at Port Kelby, starts work on Monday.\n\n" +
      "Q: What brought you to Kelby?\n\n" +
      "A: My grandfather fished out of this harbour for 30 years, and I grew up on his stories.\n\n" +
      "Q: What is the hardest part of the job?\n\n" +
      "A: Bringing a tanker in on a falling tide, at night, with the fog down to the water.\n";

    it("gives A: to the interviewee the intro introduces", () => {
      const draft =
        "The harbour has a new pilot.\n\n“Bringing a tanker in on a falling tide, at night, is the hardest part.”\n";
      assert.equal(fixFor(draft, qa, "falling tide"), ",” said Tom Reilly, the new harbour pilot at Port Kelby.");
    });

    it("gives Q: to the publication that asked", () => {
      assert.equal(speakerOfParagraph(qa, "What brought you"), "Kelby Gazette");
    });

    it("gives Q: to no one when the article names no publication, so the fix asks for the source", () => {
      const bare = qa.replace("By Lena Ortiz, Kelby Gazette\n\n", "");
      assert.equal(speakerOfParagraph(bare, "What brought you"), undefined);
      const draft = "The pilot was asked about Kelby.\n\n“What brought you to Kelby?”\n";
      const finding = findingFor(draft, bare, "What brought you");
      assert.doesNotMatch(finding.fixes[0].edits.map((e) => e.newText).join(""), /Reilly/);
    });

    it("gives Q: to the publication the caller names when the article names none", () => {
      const bare = qa.replace("By Lena Ortiz, Kelby Gazette\n\n", "");
      const draft = "The pilot was asked about Kelby.\n\n“What brought you to Kelby?”\n";
      const { findings } = checkDraft(draft, [{ id: "source.txt", text: bare }], { publication: "Harbour Weekly" });
      const fix = findings.find((f) => f.claim?.text.includes("What brought you"))?.fixes[0];
      assert.match(fix?.edits.map((e) => e.newText).join("") ?? "", /Harbour Weekly/);
    });

    it("explains a question's placeholder by the publication to name when neither article nor caller names one", () => {
      const bare = qa.replace("By Lena Ortiz, Kelby Gazette\n\n", "");
      const draft = "The pilot was asked about Kelby.\n\n“What brought you to Kelby?”\n";
      const finding = findingFor(draft, bare, "What brought you");
      assert.match(finding.fixes[0].title, /publication/i);
    });

    it("gives A: to the person the headline names", () => {
      const text =
        "Q&A: Tom Reilly on piloting Port Kelby\n\n" +
        "The port's harbour master, Ewan Bligh, hired him in March.\n\n" +
        "Q: What brought you to Kelby?\n\n" +
        "A: My grandfather fished out of this harbour for 30 years.\n";
      assert.equal(speakerOfParagraph(text, "My grandfather fished"), "Tom Reilly");
    });
  });

  it("names a speaker from a full-name label in capitals that no intro introduces", () => {
    const source =
      "Transcript: the mayor's radio hour\n\n" +
      "HOST: Our first caller is on the line.\n\n" +
      "MARTA LINDQVIST: The bins on my street have not been collected for three weeks.\n\n" +
      "MARTA LINDQVIST: Nobody at the council answers the phone.\n";
    assert.equal(speakerOfParagraph(source, "The bins on my street"), "Marta Lindqvist");
  });

  it("reads a label in the article's own case with an honorific: Dr. Okafor:", () => {
    const source =
      "Ferry captain on the winter timetable\n\n" +
      "Nadia Okafor, the senior captain of the Kelby island ferry, spoke to KLBY about the cancelled crossings.\n\n" +
      "KLBY: Why were so many crossings cancelled?\n\n" +
      "Dr. Okafor: The swell at the harbour mouth was over three metres.\n";
    assert.equal(speakerOfParagraph(source, "The swell at the harbour"), "Nadia Okafor");
  });

  it("reads a surname label for a name the tagger does not know, with the intro's title", () => {
    const source =
      "Stadium vote\n\n" +
      "Council leader Priya Nand spoke with NPR after the vote.\n\n" +
      "NPR: What happens to the stadium now?\n\n" +
      "NAND: The club keeps it, and the city keeps its money.\n";
    const draft = "The club keeps the stadium.\n\n“The club keeps it, and the city keeps its money.”\n";
    assert.equal(fixFor(draft, source, "city keeps its money"), ",” council leader Priya Nand said.");
  });

  it("stops a colon lead-in at the transcript's first turn", () => {
    const source =
      "Water bills\n\n" +
      "Utility chief Hana Sato said the rise was unavoidable, and told KLBY:\n\n" +
      "KLBY: Why are bills going up by a fifth?\n\n" +
      "SATO: Because the pipes under the old town are a century old.\n";
    assert.equal(speakerOfParagraph(source, "Why are bills going up"), "KLBY");
  });

  describe("a named interviewer", () => {
    const pilot =
      "Ten minutes with the harbour's new pilot\n\n" +
      "Tom Reilly, the new harbour pilot at Port Kelby, starts work on Monday. Our reporter Sarah Lund asked him about the job.\n\n" +
      "Q: What is the hardest part of the job?\n\n" +
      "A: Bringing a tanker in on a falling tide, at night, with the fog down to the water.\n";

    it("gives Q: to the interviewer the intro names as asking", () => {
      assert.equal(speakerOfParagraph(pilot, "hardest part"), "Sarah Lund");
      assert.equal(speakerOfParagraph(pilot, "Bringing a tanker"), "Tom Reilly");
    });

    it("gives the outlet's label to the person the intro gives as the outlet's", () => {
      const source =
        "Ferry captain on the winter timetable\n\n" +
        "Nadia Okafor, the senior captain of the Kelby island ferry, spoke to KLBY's Owen Pryce about the cancelled crossings.\n\n" +
        "KLBY: Why were so many crossings cancelled in January?\n\n" +
        "OKAFOR: The swell at the harbour mouth was over three metres on 14 days.\n";
      assert.equal(speakerOfParagraph(source, "Why were so many"), "Owen Pryce");
      assert.equal(speakerOfParagraph(source, "The swell at the harbour"), "Nadia Okafor");
    });

    it("gives Q: to the person the intro says the interview was done by", () => {
      const source = pilot.replace(
        "Our reporter Sarah Lund asked him about the job.",
        "He was interviewed by Sarah Lund.",
      );
      assert.equal(speakerOfParagraph(source, "hardest part"), "Sarah Lund");
    });

    it("never gives A: to the interviewer, though the intro names them first", () => {
      const source =
        "Ten minutes with the harbour's new pilot\n\n" +
        "Sarah Lund, our harbour correspondent, interviewed Tom Reilly, the new pilot at Port Kelby.\n\n" +
        "Q: What is the hardest part of the job?\n\n" +
        "A: Bringing a tanker in on a falling tide, at night.\n";
      assert.equal(speakerOfParagraph(source, "Bringing a tanker"), "Tom Reilly");
      assert.equal(speakerOfParagraph(source, "hardest part"), "Sarah Lund");
    });
  });

  describe("labels that are not a transcript", () => {
    it("reads a dateline in capitals as no speaker", () => {
      const source =
        "Fuel prices\n\nNEW DELHI: Petrol prices rose for a third week, with a litre now costing 104 rupees in the capital.\n";
      assert.equal(speakerOfParagraph(source, "Petrol prices rose"), undefined);
    });

    it("reads a box score's team labels as no speakers", () => {
      const source =
        "Kelby beat Marlow 3-1\n\n" +
        "Kelby: Forward Ana Ruiz scored twice in the second half.\n\n" +
        "Marlow: Goalkeeper Ben Cole made 11 saves.\n\n" +
        "Kelby: Hosts Marlow again on Saturday.\n";
      assert.equal(speakerOfParagraph(source, "Goalkeeper Ben Cole"), undefined);
    });

    it("reads section labels in capitals as no speakers", () => {
      const source =
        "Ferry cancelled\n\n" +
        "Captain Nadia Okafor said the crossing was unsafe.\n\n" +
        "WATCH: The swell at the harbour mouth on Tuesday.\n\n" +
        "OKAFOR: We do not sail in that.\n";
      assert.equal(speakerOfParagraph(source, "The swell at the harbour"), undefined);
    });
  });
});
