import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readArticle } from "../../../../src/core/source/article";
import { mapSpeakers } from "../../../../src/core/source/speakers";

function speakerOfQuote(text: string, words: string) {
  const article = readArticle(text);
  const map = mapSpeakers(article);
  const quote = article.quotes.find((q) => text.slice(q.start, q.end).includes(words));
  assert.ok(quote, `a quotation holds "${words}"`);
  return map.quoteSpeakers.get(quote);
}

describe("source/speakers: who says what in a source article", () => {
  const seed = readFileSync("test/fixtures/seed-kursk/source.txt", "utf8");

  it("resolves 'he wrote' to Zelensky, named in the paragraph before", () => {
    const said = speakerOfQuote(seed, "Russia had to pull");
    assert.equal(said?.speaker.name, "Volodymyr Zelensky");
    assert.equal(said?.speaker.later, "Zelensky");
    assert.equal(said?.statement?.verb, "wrote");
    assert.equal(said?.statement?.complement, "Thursday on the social platform X");
  });

  it("gives Zelensky's first reference with his title", () => {
    assert.equal(speakerOfQuote(seed, "Russia had to pull")?.speaker.first, "Ukrainian President Volodymyr Zelensky");
  });

  it("keeps Grabsky's appositive for his first reference", () => {
    const said = speakerOfQuote(seed, "The main idea");
    assert.equal(said?.speaker.first, "Serhiy Grabsky");
    assert.equal(said?.speaker.appositive, "a reserve colonel in Ukraine’s military");
  });

  it("gives a quote-only paragraph to the speaker of the paragraph before", () => {
    assert.equal(speakerOfQuote(seed, "This action")?.speaker.later, "Grabsky");
  });

  it("gives a quote to the person named before it without a cue (Zelensky called …)", () => {
    assert.equal(speakerOfQuote(seed, "one of our biggest wins")?.speaker.later, "Zelensky");
  });

  it("reads a colon lead-in and the honorific of later references", () => {
    const text = "Donors\n\nAndy Tookey, campaigner for GiveLife New Zealand, said: \"It is important not to lose donors.\"\n\nMr Tookey said: \"We need to give the power back to the individual.\"\n";
    const said = speakerOfQuote(text, "give the power back");
    assert.equal(said?.statement?.colon, true);
    assert.equal(said?.speaker.later, "Mr Tookey");
    assert.equal(said?.speaker.appositive, "campaigner for GiveLife New Zealand");
  });

  it("reads an inverted attribution with its appositive: said Peter Lund, a meteorology professor", () => {
    const said = speakerOfQuote("Storm\n\n\"We had ice loads we have not seen since 2009,\" said Peter Lund, a meteorology professor at Kessler State University.\n", "ice loads");
    assert.equal(said?.statement?.inverted, true);
    assert.equal(said?.speaker.name, "Peter Lund");
    assert.equal(said?.speaker.appositive, "a meteorology professor at Kessler State University");
  });

  it("reads a title before the name: union president Carla Nguyen", () => {
    const said = speakerOfQuote("Strike\n\n\"Machines don't pay taxes,\" union president Carla Nguyen said at a rally outside Gate 9.\n", "Machines");
    assert.equal(said?.speaker.first, "union president Carla Nguyen");
    assert.equal(said?.statement?.complement, "at a rally outside Gate 9");
  });

  it("resolves 'one of whom said' to the noun before it", () => {
    const said = speakerOfQuote("Blast\n\nThe remaining flames were put out by firefighters, one of whom said it looked as if “a bomb went off in the lab”.\n", "a bomb went off");
    assert.equal(said?.speaker.first, "one of the firefighters");
  });

  it("gives a quotation over two paragraphs the speaker named where it closes", () => {
    const said = speakerOfQuote("Strike\n\nThe union met on Monday.\n\n“We have waited three years for a contract.\n\n“We will not wait three more,” said Carla Nguyen, the union's president.\n", "We have waited");
    assert.equal(said?.speaker.name, "Carla Nguyen");
  });

  it("takes the body behind a data frame: an audit showed", () => {
    const text = "Donors\n\nIn the Intensive Care Units an audit showed that there was a possibility of 104 donors.\n";
    const map = mapSpeakers(readArticle(text));
    assert.deepEqual(map.statements.map((s) => [s.speaker.first, s.speaker.later, s.verb]), [["an audit", "the audit", "showed"]]);
  });

  describe("on wire copy", () => {
    const wire =
      "Storm hits coast\n\n" +
      "\"We will rebuild,\" Gov. Kathy Hochul told reporters Tuesday.\n\n" +
      "The ministry said in a statement that 12 people died.\n\n" +
      "Police Chief Tom Ray said officers arrested 14 people.\n\n" +
      "Dr. Amy Chen, an epidemiologist at Harvard, said: \"The virus is spreading fast.\"\n\n" +
      "\"We don't know yet,\" Dr. Chen said Wednesday in an interview with CNN.\n";
    const map = mapSpeakers(readArticle(wire));
    const about = (words: string) => map.statements.find((s) => s.speaker.first.includes(words) || s.speaker.name.includes(words));

    it("keeps an abbreviated title and whom the speaker told", () => {
      assert.equal(about("Hochul")?.speaker.first, "Gov. Kathy Hochul");
      assert.equal(about("Hochul")?.complement, "reporters Tuesday");
    });

    it("keeps a time and place element that a that-clause follows", () => {
      assert.equal(about("ministry")?.complement, "in a statement");
      assert.equal(about("ministry")?.speaker.first, "the ministry");
    });

    it("keeps a formal title capitalised at the start of a sentence", () => {
      assert.equal(about("Ray")?.speaker.first, "Police Chief Tom Ray");
    });

    it("refers to a person later with the honorific the article uses", () => {
      assert.equal(about("Chen")?.speaker.later, "Dr. Chen");
      assert.equal(about("Chen")?.speaker.first, "Dr. Amy Chen");
    });
  });

  it("reads 'according to' with the organisation after it", () => {
    const text = "Port\n\nThe port handles roughly 12 percent of the nation's container traffic, according to the Harbor City Port Authority.\n";
    const map = mapSpeakers(readArticle(text));
    assert.deepEqual(map.statements.map((s) => [s.speaker.kind, s.speaker.first, s.verb]), [["organisation", "the Harbor City Port Authority", "according to"]]);
  });
});
