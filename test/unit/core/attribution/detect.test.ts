import assert from "node:assert/strict";
import { findCues } from "../../../../src/core/attribution/detect";
import { tokenize } from "../../../../src/core/text/tokens";

function cues(sentence: string, hasQuote = false): { cue: string; source: string; weak?: string }[] {
  return findCues(tokenize(sentence), sentence, 0, { hasQuote, quoteEnds: new Set() }).map(({ cue, source, weak }) => ({
    cue,
    source,
    ...(weak ? { weak } : {}),
  }));
}

describe("cue detection (policy 2)", () => {
  it("finds a speech verb with its subject before it", () => {
    assert.deepEqual(cues("Grabsky said it was also about a message to Trump."), [{ cue: "said", source: "Grabsky" }]);
  });

  it("finds the subject across an apposition", () => {
    assert.deepEqual(
      cues("Serhiy Grabsky, a reserve colonel in Ukraine's military, said the push was about strategy."),
      [{ cue: "said", source: "Serhiy Grabsky" }],
    );
  });

  it("takes the noun phrase after a comma for a closing tag's subject, whatever its noun: the carmaker said", () => {
    assert.deepEqual(cues("Sales of its electric models fell 15 percent last year, the carmaker said."), [
      { cue: "said", source: "the carmaker" },
    ]);
    assert.deepEqual(cues("Orders fell by a third in the spring, the toymaker has said."), [
      { cue: "said", source: "the toymaker" },
    ]);
  });

  it("reads an inverted speaker from an organisation's name through its lowercase title to the person", () => {
    assert.deepEqual(cues('"The yard will reopen on Monday," said Harbour Board chief engineer Mia Holt.', true), [
      { cue: "said", source: "Harbour Board chief engineer Mia Holt" },
    ]);
  });

  it("reads a possessed title with no name after it as a described speaker: said Harbour Board's chief engineer", () => {
    assert.deepEqual(cues('"The yard will reopen on Monday," said Harbour Board\'s chief engineer.', true), [
      { cue: "said", source: "Harbour Board's chief engineer" },
    ]);
  });

  it("does not take the words after a verb for its speaker when the comma before it closes an appositive", () => {
    assert.deepEqual(cues('Mia Holt, the board\'s chief engineer, said the yard "will reopen on Monday."', true), [
      { cue: "said", source: "Mia Holt" },
    ]);
  });

  it("takes any determined noun after a quote's speech verb as its speaker: said a neighbour", () => {
    assert.deepEqual(cues('"We ran out the back door," said a neighbour.'), [{ cue: "said", source: "a neighbour" }]);
    assert.deepEqual(cues('"She is five months pregnant," says another eyewitness about her daughter.'), [
      { cue: "says", source: "another eyewitness" },
    ]);
  });

  it("does not take a time after the verb for its speaker: said the next day", () => {
    assert.ok(!cues('"We are done here," said the next day.').some((c) => c.source === "the next day"));
  });

  it("keeps an abbreviation's full stop with the subject: Halden Foods Inc. reported", () => {
    assert.deepEqual(cues("Halden Foods Inc. reported a 14 percent rise in profit."), [
      { cue: "reported", source: "Halden Foods Inc" },
    ]);
  });

  it("gives a forecast to the company that makes it: Halden now expects", () => {
    assert.deepEqual(cues("Halden now expects revenue of $11.1 billion to $11.3 billion."), [
      { cue: "expects", source: "Halden" },
    ]);
  });

  it("does not take a name before a noun that looks like a forecast verb for its maker: a German exchange project", () => {
    assert.deepEqual(cues("They included sixteen children travelling on a German exchange project."), []);
  });

  it("does not take a passive participle after a comma for a cue: the plan, announced in March,", () => {
    assert.deepEqual(cues("The restructuring plan, announced in March, will close two bakeries."), []);
  });

  it("does not take a report verb after a preposition for a cue: pages of records, in writing", () => {
    assert.deepEqual(cues("Prosecutors failed to hand over 11,000 pages of records to his lawyers."), []);
    assert.deepEqual(cues("The judge gave the office 10 days to explain the lapse in writing."), []);
  });

  it("does not take a pronoun after the verb for an inverted speaker: says he was frightened", () => {
    assert.deepEqual(cues("His daughter, Sarah Whitlam, says he was frightened."), [
      { cue: "says", source: "Sarah Whitlam" },
    ]);
  });

  it("finds the subject across a time between it and the verb: GM in November announced", () => {
    assert.deepEqual(cues("GM in November announced it would close five plants."), [
      { cue: "announced", source: "GM" },
    ]);
  });

  it("does not take declaring an emergency or responding with an offer for speech", () => {
    assert.deepEqual(cues("All four states declared states of emergency."), []);
    assert.deepEqual(cues("The management responded with a counter offer of €16,000."), []);
  });

  it("does not take a framed verb that ends a relative clause for a tag: the settlement they had first demanded.", () => {
    assert.deepEqual(cues("The workers secured the €30,000 settlement they had first demanded."), []);
    assert.deepEqual(cues("The plant will close in March, the union added."), [{ cue: "added", source: "the union" }]);
  });

  it("reads a lead-in that gives a speaker's stance before a colon and a quote as a cue: Penrose was less convinced:", () => {
    assert.deepEqual(cues('Fisherman Luke Penrose was less convinced: "They have built a wall."', true), [
      { cue: "was less convinced", source: "Fisherman Luke Penrose" },
    ]);
    assert.deepEqual(cues('But she was blunt: "It will not hold."', true), [{ cue: "was blunt", source: "she" }]);
  });

  it("takes no lead-in without a speaker for a cue: It was simple:, The mood was grim:", () => {
    assert.deepEqual(cues('It was simple: "Pay up or leave."', true), []);
    assert.deepEqual(cues('The mood was grim: "We are finished here."', true), []);
    assert.deepEqual(cues('On the budget: "It will not hold."', true), []);
  });

  it("reads a report word right after since or because as the noun that opens its clause: since records began", () => {
    assert.deepEqual(cues("Rents rose 9% in March, the steepest figure since records began in 1998."), []);
    assert.deepEqual(cues("The river peaked at 6.1 metres, a level unseen because records stop in 1900."), []);
    assert.deepEqual(cues("Rents rose 9% in March, the steepest rise since official figures show a fall."), [
      { cue: "show", source: "official figures" },
    ]);
  });

  it("does not take a participle after a possessive for a cue: the association's suggested 7.5% hike", () => {
    assert.deepEqual(cues("The council will aim for half of the association's suggested 7.5% hike."), []);
  });

  it("does not take a report named after its author for a cue: the McLaren report, which described", () => {
    assert.deepEqual(cues("The ban follows the publication of the McLaren report, which described state doping."), []);
  });

  it("does not take a report noun after 'no' for a cue: there is no official record of", () => {
    assert.deepEqual(cues("There is no official record of how many boats left the harbour."), []);
  });

  it("does not take a naming verb after a comma for an inverted tag: the study, called ANCHOR-HF,", () => {
    assert.deepEqual(cues("The Phase 3 study, called ANCHOR-HF, enrolled 3,420 patients."), []);
  });

  it("finds the subject across a long apposition", () => {
    assert.deepEqual(
      cues(
        "Council Member Frank DiStefano, a retired firefighter who represents the Riverside neighborhood next to the old mill site on the river, said the plan was rushed.",
      ),
      [{ cue: "said", source: "Council Member Frank DiStefano" }],
    );
  });

  it("reads 'claim to' as a speech frame: the twins claim to have spent", () => {
    assert.deepEqual(cues("The twins claim to have spent almost $250,000 on surgery."), [
      { cue: "claim", source: "The twins" },
    ]);
  });

  it("finds an inverted subject with a title", () => {
    assert.deepEqual(cues(", said Gov. Kathy Hochul, a Democrat."), [{ cue: "said", source: "Gov. Kathy Hochul" }]);
  });

  it("reads a lowercase title after an inverted verb on to the name it leads to: said union president Anders Lund", () => {
    assert.deepEqual(cues('"We are not afraid," said union president Anders Lund.'), [
      { cue: "said", source: "union president Anders Lund" },
    ]);
    assert.deepEqual(cues('"We will vote Thursday," said union members on Monday.'), [
      { cue: "said", source: "union" },
    ]);
  });

  it("reads a ruling in a that-frame as a cue, and no other use of 'ruled'", () => {
    assert.deepEqual(cues("The judge ruled that the state had ignored the evidence."), [
      { cue: "ruled", source: "The judge" },
    ]);
    assert.deepEqual(cues("The central bank ruled out a rate rise this year."), []);
  });

  it("finds 'according to' with its source", () => {
    assert.deepEqual(cues("About 31,000 customers remained without power, according to Northway."), [
      { cue: "according to", source: "Northway" },
    ]);
  });

  it("takes any noun right before 'said' as its subject", () => {
    assert.deepEqual(cues("The carmaker said it would cut 4,000 jobs."), [{ cue: "said", source: "The carmaker" }]);
  });

  it("takes a determined noun before a past-tense report verb", () => {
    assert.deepEqual(cues("The railway reported 12 derailments."), [{ cue: "reported", source: "The railway" }]);
  });

  it("reads a data frame: estimates put the toll at", () => {
    assert.equal(cues("International estimates of infection rates put the toll at 4 million.")[0]?.cue, "put");
  });

  it("does not take 'That said' or 'Needless to say' as cues", () => {
    assert.deepEqual(cues("That said, the plan still needs 60 votes."), []);
    assert.deepEqual(cues("Needless to say, 90 percent voted yes."), []);
  });

  it("does not take a noun that looks like a verb as a cue: international estimates of", () => {
    assert.deepEqual(cues("The model used death certificates and international estimates of infection rates."), []);
  });

  it("takes a sentence-initial name before a verb that is also a noun: Reuters reports that", () => {
    assert.deepEqual(cues("Reuters reports that 40 people died in the flood."), [
      { cue: "reports", source: "Reuters" },
    ]);
    assert.deepEqual(cues("Smith notes that 300 homes were damaged."), [{ cue: "notes", source: "Smith" }]);
  });

  it("reads 'early reports said' as a noun and its verb", () => {
    assert.equal(cues("Early reports said 40 people died.")[0]?.cue, "said");
  });

  it("marks anonymous sources as weak", () => {
    assert.deepEqual(cues("The fare would rise, two senior officials familiar with the budget talks said."), [
      { cue: "said", source: "two senior officials", weak: "anonymous" },
    ]);
  });

  it("keeps a named source strong when it cites anonymous ones", () => {
    const found = cues("Reuters reported, citing two sources, that 15 ships were held.");
    assert.deepEqual(found[0], { cue: "reported", source: "Reuters" });
    assert.equal(found[1]?.weak, "anonymous");
  });

  it("marks weasel frames as weak", () => {
    assert.equal(cues("Experts believe ridership could fall.")[0]?.weak, "weasel");
    assert.equal(cues("It is said that the mayor will resign.")[0]?.weak, "weasel");
  });

  it("reads framed verbs as cues only in a speech frame", () => {
    assert.deepEqual(cues("The factory added 300 jobs."), []);
    assert.equal(cues("The agency has 1,500 employees, the spokesman added.")[0]?.cue, "added");
    assert.equal(cues("He added that the plan was dead.")[0]?.cue, "added");
  });

  it("reads a passive with its agent, and not one without", () => {
    assert.deepEqual(cues("Twelve deaths were officially recorded."), []);
    assert.equal(cues("The deaths were reported by the health ministry.")[0]?.cue, "reported by");
  });

  it("takes any verb of communication next to a quote for a cue (v1.2): grumbled, quipped, protested", () => {
    assert.deepEqual(cues('"The buses never come on time," grumbled a commuter.', true), [
      { cue: "grumbled", source: "a commuter" },
    ]);
    assert.deepEqual(cues('"Bring a bigger umbrella," the forecaster quipped.', true), [
      { cue: "quipped", source: "the forecaster" },
    ]);
    assert.deepEqual(cues('Parents protested that "the new timetable came out of nowhere."', true), [
      { cue: "protested", source: "Parents" },
    ]);
  });

  it("does not take a capitalised title that is also a verb for a cue: Volunteer Dana Ruiz", () => {
    assert.deepEqual(cues('Volunteer Dana Ruiz has sorted parcels here for years. "It keeps me busy."', true), []);
  });

  it("takes a verb that frames the quote after 'as' for a cue: introduced her as \"…\"", () => {
    assert.deepEqual(
      cues('The chairman introduced the new coach to the crowd as "the best young manager in the country."', true),
      [{ cue: "introduced", source: "The chairman" }],
    );
  });

  it("takes a document or a sign that speaks for a cue: the banner read", () => {
    assert.deepEqual(cues('"No more cuts to our library," the banner read.', true), [
      { cue: "read", source: "the banner" },
    ]);
  });

  it("reads 'in the words of' as naming who speaks", () => {
    assert.deepEqual(cues('In the words of the coroner: "This death was avoidable."', true), [
      { cue: "in the words of", source: "the coroner" },
    ]);
  });

  it('takes the main clause\'s subject for an opening participle of speech: Declaring "…", the mayor', () => {
    assert.deepEqual(cues('Declaring "the bridge is no longer safe," Mayor Ines Okafor closed it to traffic.', true), [
      { cue: "declaring", source: "Mayor Ines Okafor" },
    ]);
  });

  it("reads a gerund of speech after an opening preposition as the main clause's subject speaking: After denying that …", () => {
    assert.deepEqual(cues("After denying that he knew the donor, the senator resigned on Friday."), [
      { cue: "denying", source: "the senator" },
    ]);
    assert.deepEqual(cues('Before briefly denying that she had "no regrets at all" — Okafor left.', true)[0], {
      cue: "denying",
      source: "Okafor",
    });
    assert.deepEqual(cues("After visiting the flooded school, Okafor left for the capital."), []);
  });

  it("takes an age for the person it stands for: the 62-year-old said, wrote 38-year-old Priya Nair", () => {
    assert.deepEqual(cues('The 62-year-old said after the vote: "I am proud of this town."', true), [
      { cue: "said", source: "The 62-year-old" },
    ]);
    assert.deepEqual(cues('"I could not climb the stairs," wrote 38-year-old Priya Nair of Leeds.', true), [
      { cue: "wrote", source: "38-year-old Priya Nair" },
    ]);
  });

  it("takes a capitalised word ending in -ly for a name, not an adverb: Kelly said", () => {
    assert.deepEqual(cues('"We will appeal the ruling," Kelly said.', true), [{ cue: "said", source: "Kelly" }]);
  });

  it("takes a conclusion for speech next to a quote: he concluded", () => {
    assert.deepEqual(cues('"The odds are no better than even," he concluded.', true), [
      { cue: "concluded", source: "he" },
    ]);
  });

  it("takes the noun before a relative pronoun for the subject of a framing verb: audits that depicted", () => {
    assert.ok(
      cues('The two audits that depicted "years of missed repairs and unpaid invoices" were published.', true).some(
        (c) => c.cue === "depicted" && c.source === "The two audits",
      ),
    );
  });

  it("finds the subject before a long apposition", () => {
    const sentence =
      "Ortiz, who has voted against every one of the council's seven budget proposals since the spring of last year because of the cuts to the library and the two pools, said the plan was unfair.";
    assert.deepEqual(cues(sentence), [{ cue: "said", source: "Ortiz" }]);
  });

  it("reads `by her own account` and `by Okafor's account` as the possessor telling it, like `according to`", () => {
    assert.deepEqual(
      cues('The harbour master, by his own account, has issued "more warnings this winter than ever."', true),
      [{ cue: "by his own account", source: "his" }],
    );
    assert.deepEqual(cues("By Okafor's account, the ferry left twenty minutes early."), [
      { cue: "by okafor's account", source: "Okafor's" },
    ]);
    assert.deepEqual(cues("By some accounts, the ferry left twenty minutes early."), [
      { cue: "By some accounts", source: "By some accounts", weak: "weasel" },
    ]);
  });

  it("gives a coordinated speech verb the subject of the verbs before it", () => {
    assert.deepEqual(cues("Okafor even toured the flooded ward and noted there should be no blame."), [
      { cue: "noted", source: "Okafor" },
    ]);
    assert.deepEqual(cues('The crowd will cover its ears, stamp and scream, "Give us back our old station."', true), [
      { cue: "scream", source: "The crowd" },
    ]);
  });

  it("finds no coordinated subject in a noun phrase that no verb follows", () => {
    assert.deepEqual(cues('In a fetal position and shaking, "nobody comes to help us anymore."', true), []);
  });

  it("reads an infinitive or gerund of speech framing a quote: the object or the governor's subject speaks", () => {
    assert.deepEqual(
      cues('The new rules allowed Patel to claim that the clinic is "a place where nobody waits."', true),
      [{ cue: "claim", source: "Patel" }],
    );
    assert.deepEqual(
      cues('Critics of the ferry plan are reduced to lecturing the council that "a bridge costs twice as much."', true),
      [{ cue: "lecturing", source: "Critics of the ferry plan" }],
    );
  });

  it("makes no cue of speech its governor leaves unsaid: plans to announce, declined to say", () => {
    assert.deepEqual(cues('The council plans to announce that the bridge will be "closed to every lorry."', true), []);
    assert.deepEqual(
      cues('The minister declined to say that the scheme was "a waste of money from the start."', true),
      [],
    );
  });
  it("reads taking up a topic in talk as a cue: returned to the issue, raised the question, pressed the point", () => {
    assert.deepEqual(cues("Councillor Amara Diaz returned to the issue after the break."), [
      { cue: "returned to the issue", source: "Councillor Amara Diaz" },
    ]);
    assert.deepEqual(cues("The senator raised the same question on Tuesday."), [
      { cue: "raised the same question", source: "The senator" },
    ]);
    assert.deepEqual(cues("She pressed the point."), [{ cue: "pressed the point", source: "She" }]);
  });

  it("reads no cue in the verbs' other senses or with a subject that cannot speak", () => {
    assert.deepEqual(cues("He returned to Ohio in the spring."), []);
    assert.deepEqual(cues("The council raised the fee by a third."), []);
    assert.deepEqual(cues("The closure raised the question of who pays."), []);
  });
  it("reads a verb of thought before a comma or colon and a quotation as framing the quoted thought", () => {
    assert.deepEqual(cues('By the third delay, the voters shrug and think, "Not again."', true), [
      { cue: "think", source: "the voters" },
    ]);
    assert.deepEqual(cues('Maria Lopez wondered: "Who pays when the grant runs out?"', true), [
      { cue: "wondered", source: "Maria Lopez" },
    ]);
  });

  it("takes the name and its appositive before `told` for the speaker, and the phrase after it for the listener", () => {
    assert.deepEqual(cues('"The trail washed out overnight," Tom Reyes, a guide, told the paper.', true), [
      { cue: "told", source: "Tom Reyes" },
    ]);
    assert.deepEqual(cues('"We sold out by noon," she assured the reporters.', true), [
      { cue: "assured", source: "she" },
    ]);
  });

  it("reads a speech noun with a possessor as its owner speaking: the minister's reply, Okafor's admission that", () => {
    assert.deepEqual(cues('The minister\'s reply: "We will reopen the line before winter."', true), [
      { cue: "reply", source: "The minister" },
    ]);
    assert.deepEqual(cues("Okafor's own belated admission that she had met the donor surprised the panel."), [
      { cue: "admission", source: "Okafor" },
    ]);
    assert.deepEqual(cues('Her answer ("we will appeal this ruling") came an hour later.', true), [
      { cue: "answer", source: "Her" },
    ]);
  });

  it("reads a quotation in apposition to a possessed noun as its owner's words: Okafor's first pitch, \"…\"", () => {
    assert.deepEqual(cues('Okafor\'s first pitch, "a bakery for the whole street," won over the bank.', true), [
      { cue: "pitch", source: "Okafor" },
    ]);
  });

  it("reads no cue in a possessed noun that frames nothing: Smith's claims, the factory's output", () => {
    assert.deepEqual(cues("The board rejected Smith's claims."), []);
    assert.deepEqual(cues('The factory\'s output, "" rose.', true), []);
  });

  it("reads a sentence that points back at what was said, and names who said it, as a credit", () => {
    assert.deepEqual(
      cues("That is the view voiced by Dana Ruiz, who has run the ferry for 20 years.").map((c) => c.source),
      ["Dana Ruiz"],
    );
    assert.deepEqual(
      cues("That was how the mayor put it.").map((c) => c.source),
      ["the mayor"],
    );
    assert.deepEqual(
      cues("That was Okafor's answer.").map((c) => c.source),
      ["Okafor"],
    );
    const [credit] = findCues(tokenize("That was how Ruiz put it."), "That was how Ruiz put it.", 0, {
      hasQuote: false,
      quoteEnds: new Set(),
    });
    assert.equal(credit?.looksBack, true);
  });

  it("reads no credit in a sentence that points back to give a reason or a denial: That is why, That is not what", () => {
    const looksBack = (sentence: string) =>
      findCues(tokenize(sentence), sentence, 0, { hasQuote: false, quoteEnds: new Set() }).some((c) => c.looksBack);
    assert.equal(looksBack("That is why the mayor said no to the plan."), false);
    assert.equal(looksBack("That is not what Ruiz told the council."), false);
  });

  it("reads no cue in a verb of thought that frames no quotation", () => {
    assert.deepEqual(cues("The owners think the repairs will cost more than planned."), []);
  });
});
