import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readArticle } from "../../../../src/core/source/article";
import { mapSpeakers, statementFor } from "../../../../src/core/source/speakers";

function speakerOfQuote(text: string, words: string) {
  const article = readArticle(text);
  const map = mapSpeakers(article);
  const quote = article.quotes.find((q) => text.slice(q.start, q.end).includes(words));
  assert.ok(quote, `a quotation holds "${words}"`);
  return map.quoteSpeakers.get(quote);
}

describe("source/speakers: who says what in a source article", () => {
  describe("the statement that credits a place in a sentence", () => {
    const credited = (text: string, words: string) => {
      const article = readArticle(text);
      const offset = text.indexOf(words);
      const sentence = article.sentences.findIndex((s) => s.start <= offset && offset < s.end);
      return statementFor(mapSpeakers(article), article, sentence, offset)?.speaker.name;
    };

    it("is not a cue in a clause that a conjunction opens after it: fell 9% after the toymaker reported", () => {
      const text = "Toys\n\nShares of Brickwell fell 9% on Monday after the toymaker reported weaker sales.\n";
      assert.equal(credited(text, "9%"), undefined);
      assert.equal(credited(text, "weaker sales"), "the toymaker");
    });

    it("is a tag after a comma, whatever clause stands before it: …, while costs rose 4%, the toymaker said", () => {
      const text = "Toys\n\nSales fell 9% while costs rose 4%, the toymaker said.\n";
      assert.equal(credited(text, "9%"), "the toymaker");
    });
  });

  const seed = readFileSync("test/fixtures/seed-kursk/source.txt", "utf8");

  it("resolves 'he wrote' to Zelensky, named in the paragraph before", () => {
    const said = speakerOfQuote(seed, "Russia had to pull");
    assert.equal(said?.speaker.name, "Volodymyr Zelensky");
    assert.equal(said?.speaker.later, "Zelensky");
    assert.equal(said?.statement?.verb, "wrote");
    assert.equal(said?.statement?.complement, "Thursday on the social platform X");
  });

  it("gives a quote to the person named after the description that follows 'said': 'said the union's regional secretary, Joanne Kaye'", () => {
    const text =
      'Budget\n\nAbout 140 jobs will go. "Our members are being asked to pay twice," said the union\'s regional secretary, Joanne Kaye.\n';
    const said = speakerOfQuote(text, "pay twice");
    assert.equal(said?.speaker.kind, "person");
    assert.equal(said?.speaker.name, "Joanne Kaye");
  });

  it("keeps a body's description as the speaker where a body's name follows it: 'said the company, Halden Foods'", () => {
    const text = 'Results\n\n"Demand held up in every region," said the company, Halden Foods.\n';
    assert.equal(speakerOfQuote(text, "Demand held up")?.speaker.name, "the company");
  });

  it("gives 'he said' to a person the article introduced with an age and no speech verb", () => {
    const text =
      'Floods\n\nIlir Qosja, 68, stood in the doorway of his flooded workshop on Tuesday. "The water took forty years of tools in one night," he said.\n';
    assert.equal(speakerOfQuote(text, "forty years of tools")?.speaker.name, "Ilir Qosja");
  });

  it("gives 'he said' to a person introduced by what they do, and not to a place so described", () => {
    const said = (text: string) => speakerOfQuote(text, "walls moved like water")?.speaker.name;
    assert.equal(
      said(
        'Quake\n\nBesnik Rraci, a retired teacher, stood outside his cracked house on Tuesday. "The walls moved like water," he said.\n',
      ),
      "Besnik Rraci",
    );
    assert.equal(
      said('Quake\n\nKestrel Valley, a town of farmers, shook on Tuesday. "The walls moved like water," he said.\n'),
      undefined,
    );
  });

  it("gives 'the organisation said' to the body the article named last: a charity's statement is the charity's", () => {
    const text =
      'Relief\n\nThe Kestrel Food Bank said it had handed out 3,000 parcels this month. "Demand has never been this high," the organisation said in a statement.\n';
    assert.equal(speakerOfQuote(text, "Demand has never")?.speaker.name, "the Kestrel Food Bank");
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
    const text =
      'Donors\n\nAndy Tookey, campaigner for GiveLife New Zealand, said: "It is important not to lose donors."\n\nMr Tookey said: "We need to give the power back to the individual."\n';
    const said = speakerOfQuote(text, "give the power back");
    assert.equal(said?.statement?.colon, true);
    assert.equal(said?.speaker.later, "Mr Tookey");
    assert.equal(said?.speaker.appositive, "campaigner for GiveLife New Zealand");
  });

  it("reads an inverted attribution with its appositive: said Peter Lund, a meteorology professor", () => {
    const said = speakerOfQuote(
      'Storm\n\n"We had ice loads we have not seen since 2009," said Peter Lund, a meteorology professor at Kessler State University.\n',
      "ice loads",
    );
    assert.equal(said?.statement?.inverted, true);
    assert.equal(said?.speaker.name, "Peter Lund");
    assert.equal(said?.speaker.appositive, "a meteorology professor at Kessler State University");
  });

  it("reads a title before the name: union president Carla Nguyen", () => {
    const said = speakerOfQuote(
      'Strike\n\n"Machines don\'t pay taxes," union president Carla Nguyen said at a rally outside Gate 9.\n',
      "Machines",
    );
    assert.equal(said?.speaker.first, "union president Carla Nguyen");
    assert.equal(said?.statement?.complement, "at a rally outside Gate 9");
  });

  it("resolves 'one of whom said' to the noun before it", () => {
    const said = speakerOfQuote(
      "Blast\n\nThe remaining flames were put out by firefighters, one of whom said it looked as if “a bomb went off in the lab”.\n",
      "a bomb went off",
    );
    assert.equal(said?.speaker.first, "one of the firefighters");
  });

  it("gives a quotation over two paragraphs the speaker named where it closes", () => {
    const said = speakerOfQuote(
      "Strike\n\nThe union met on Monday.\n\n“We have waited three years for a contract.\n\n“We will not wait three more,” said Carla Nguyen, the union's president.\n",
      "We have waited",
    );
    assert.equal(said?.speaker.name, "Carla Nguyen");
  });

  describe("questions", () => {
    it("reads no statement in a question to the one asked: What did you tell the minister?", () => {
      const text =
        "Dry wells\n\nFarmer Joan Whitby met the water minister on Friday.\n\n" +
        "Why did you tell the minister “nobody here listens to farmers”? a reporter asked her.\n";
      assert.equal(speakerOfQuote(text, "nobody here listens")?.speaker.name, "a reporter");
      assert.ok(mapSpeakers(readArticle(text)).statements.every((s) => !/\byou\b/i.test(s.speaker.name)));
    });

    it("reads no statement in a question an auxiliary inverts: Did he say he would help?", () => {
      const text =
        "Dry wells\n\nThe minister visited the Whitby farm on Friday.\n\nDid he say he would send engineers?\n";
      assert.deepEqual(mapSpeakers(readArticle(text)).statements, []);
    });

    it("still reads the speaker of a cue before a quoted question: She asked: “Is it safe?”", () => {
      const text = "Dry wells\n\nFarmer Joan Whitby asked the minister: “Is the water safe to drink?”\n";
      assert.equal(speakerOfQuote(text, "safe to drink")?.speaker.name, "Joan Whitby");
    });
  });

  it("takes the body behind a data frame: an audit showed", () => {
    const text = "Donors\n\nIn the Intensive Care Units an audit showed that there was a possibility of 104 donors.\n";
    const map = mapSpeakers(readArticle(text));
    assert.deepEqual(
      map.statements.map((s) => [s.speaker.first, s.speaker.later, s.verb]),
      [["an audit", "the audit", "showed"]],
    );
  });

  describe("on wire copy", () => {
    const wire =
      "Storm hits coast\n\n" +
      '"We will rebuild," Gov. Kathy Hochul told reporters Tuesday.\n\n' +
      "The ministry said in a statement that 12 people died.\n\n" +
      "Police Chief Tom Ray said officers arrested 14 people.\n\n" +
      'Dr. Amy Chen, an epidemiologist at Harvard, said: "The virus is spreading fast."\n\n' +
      '"We don\'t know yet," Dr. Chen said Wednesday in an interview with CNN.\n';
    const map = mapSpeakers(readArticle(wire));
    const about = (words: string) =>
      map.statements.find((s) => s.speaker.first.includes(words) || s.speaker.name.includes(words));

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

  describe("people, pronouns and descriptions", () => {
    const statement = (text: string, words: string) => {
      const article = readArticle(text);
      const map = mapSpeakers(article);
      const found = map.statements.find((st) =>
        text.slice(article.sentences[st.sentence].start, article.sentences[st.sentence].end).includes(words),
      );
      assert.ok(found, `a statement in the sentence with "${words}"`);
      return found;
    };

    it("gives 'she' to the woman named before, not to a man named since", () => {
      const text =
        'Fire\n\nFire Chief Rosa Delgado said the blaze burned for nine hours. Neighbour Martin Keane lost his shop. "It was the biggest fire I have seen," she said.\n';
      assert.equal(speakerOfQuote(text, "biggest fire")?.speaker.name, "Rosa Delgado");
    });

    it("keeps two people who share a surname apart, by honorific and by full name", () => {
      const text =
        "Fire\n\nFire Chief Rosa Delgado said two firefighters were hurt.\n\n" +
        'Martin Delgado, 61, who owns a hardware store across the street, said he lost about $40,000 in stock. "I watched the roof come down," Mr. Delgado said.\n\n' +
        '"The cause is under investigation," Ms. Delgado said.\n';
      assert.equal(speakerOfQuote(text, "watched the roof")?.speaker.name, "Martin Delgado");
      assert.equal(speakerOfQuote(text, "under investigation")?.speaker.name, "Rosa Delgado");
      assert.equal(statement(text, "$40,000").speaker.name, "Martin Delgado");
    });

    it("writes the full name on later reference when two people share a surname and no honorific tells them apart", () => {
      const text = 'Court\n\n"I love my son," Dean Skelos said.\n\n"We don\'t talk anymore," Adam Skelos said.\n';
      assert.equal(speakerOfQuote(text, "love my son")?.speaker.later, "Dean Skelos");
      assert.equal(speakerOfQuote(text, "talk anymore")?.speaker.later, "Adam Skelos");
    });

    it("reads a source after the verb when a clause comes before the comma: said one of the people", () => {
      const found = statement(
        "Deal\n\nThe deal could be announced as soon as next week, said one of the people, who asked not to be named.\n",
        "next week",
      );
      assert.equal(found.speaker.name, "one of the people");
      assert.equal(found.inverted, true);
    });

    it("reads a councillor's honorific on later reference: Mayor Brad Carter, then Cr Carter", () => {
      const found = statement(
        "Rates\n\nThe rise will stay below 5%, Mayor Brad Carter said.\n\nCr Carter said the council recognised the cost of living.\n",
        "cost of living",
      );
      assert.equal(found.speaker.name, "Brad Carter");
      assert.equal(found.speaker.later, "Cr Carter");
    });

    it("takes 'the mayor' for the mayor the article has named", () => {
      const found = statement(
        "Rates\n\nMayor Brad Carter said the rise would stay below 5%.\n\nThe mayor said the council would aim for a rise of 3.5%.\n",
        "3.5%",
      );
      assert.equal(found.speaker.name, "Brad Carter");
    });

    it("takes 'the authority' for the body the article named in full, and keeps its description for later", () => {
      const found = statement(
        "Bridge\n\nThe regional transport authority built the bridge for $240 million.\n\nTolls will be $4 per car, the authority says.\n",
        "$4 per car",
      );
      assert.equal(found.speaker.first, "the regional transport authority");
      assert.equal(found.speaker.later, "the authority");
    });

    it("gives 'it said' to the body that spoke last", () => {
      const found = statement(
        "Housing\n\nThe bond paid for about two-thirds of the units, according to the Marlow County Housing Authority. It said 2,150 units are being built.\n",
        "2,150",
      );
      assert.equal(found.speaker.first, "the Marlow County Housing Authority");
    });

    it("does not take a company for a person because the tagger does: Gannett Co Inc … Gannett said", () => {
      const text =
        'Cuts\n\nGannett Co Inc is cutting jobs.\n\nIn August, Gannett said it would cut 1,000 jobs. President Robert Dickey wrote to staff.\n\n"This is bad news," he said.\n';
      assert.equal(statement(text, "1,000 jobs").speaker.kind, "organisation");
      assert.equal(speakerOfQuote(text, "bad news")?.speaker.name, "Robert Dickey");
    });

    it("reads a name with a middle initial and a long title before it", () => {
      const found = statement(
        "Sentence\n\nU.S. District Judge Kimba M. Wood announced the penalty of four years.\n\nShe said the sentence was cut by a third.\n",
        "cut by a third",
      );
      assert.equal(found.speaker.name, "Kimba M. Wood");
      assert.equal(found.speaker.later, "Wood");
    });

    it("reads 'according to' a noun the tagger takes for a verb, and a source's own source", () => {
      assert.equal(
        statement("Shares\n\nShares rose 11.6% in late trading, according to exchange data.\n", "11.6%").speaker.name,
        "exchange data",
      );
      assert.equal(
        statement(
          "Rents\n\nRents fell 3.2%, according to listings compiled by the real estate site HomeLedger.\n",
          "3.2%",
        ).speaker.name,
        "listings compiled by the real estate site HomeLedger",
      );
    });

    it("keeps a source's own source when the article says first when it published: data released on Monday by", () => {
      assert.equal(
        statement(
          "Fares\n\nBus fares rose 6.5% in the year to June, according to figures released on Monday by the Office for Transport.\n",
          "6.5%",
        ).speaker.name,
        "figures released on Monday by the Office for Transport",
      );
      assert.equal(
        statement("Fares\n\nBus fares rose 6.5%, according to figures released last week by the operators.\n", "6.5%")
          .speaker.name,
        "figures released last week by the operators",
      );
    });

    it("gives a participle after a comma to the subject of the main clause: …, saying", () => {
      const map = mapSpeakers(
        readArticle(
          'Pets\n\nAudrey, who is a counsellor, admits the pressure has become "enormous", saying the bank has fed 650 animals.\n',
        ),
      );
      assert.deepEqual(
        map.statements.map((st) => [st.verb, st.speaker.name]),
        [
          ["admits", "Audrey"],
          ["saying", "Audrey"],
        ],
      );
    });

    it("refers to a person by the given name where the article does: Audrey Teller, then Audrey", () => {
      const text =
        'Pets\n\n"We\'re getting busier," says Audrey Teller, who runs a pet food bank with her partner Stewart.\n\nAudrey says the bank has fed 650 animals.\n';
      const found = statement(text, "650 animals");
      assert.equal(found.speaker.name, "Audrey Teller");
      assert.equal(found.speaker.later, "Audrey");
    });

    it("gives 'he' to the subject of the sentence before, not to the man that sentence was about", () => {
      const text =
        'Tributes\n\nCouncil leader Terry James said he knew Mr Newman from the 1980s.\n\n"He was a perfect local councillor," he said.\n';
      assert.equal(speakerOfQuote(text, "perfect local councillor")?.speaker.name, "Terry James");
    });

    it("starts a name at a given name the tagger knows, leaving what stands before it to the title: Greens MP David Shoebridge", () => {
      const said = speakerOfQuote(
        'Rally\n\nThe Greens have weighed in.\n\n"Police have given no adequate reason," Greens MP David Shoebridge said in a statement.\n',
        "no adequate reason",
      );
      assert.equal(said?.speaker.name, "David Shoebridge");
      assert.equal(said?.speaker.later, "Shoebridge");
    });

    it("reads a framed verb whose quotation follows a word later: what an officer described as “…”", () => {
      const said = speakerOfQuote(
        "Drugs\n\nIn what an officer described as “one of the largest seizures in the force’s history”, West Midlands Police reported finding six boxes.\n",
        "largest seizures",
      );
      assert.equal(said?.speaker.later, "the officer");
    });

    it("reads a tag after a single-quoted quotation: '…,' says Margaret Doyle", () => {
      const said = speakerOfQuote(
        "Union\n\n'The corridor is not a ward, and it never will be,' says Margaret Doyle, regional organiser for the Wessex Nurses' Union.\n",
        "corridor",
      );
      assert.equal(said?.speaker.name, "Margaret Doyle");
    });

    it("takes 'the trust' for the trust, not for the trust's spokesman", () => {
      const text =
        "Ward\n\nKingsbridge Vale NHS Foundation Trust chief executive Dr Priya Natarajan says beds are short.\n\nTrust spokesman Daniel Osei says the ward cost £1.3m. The trust says a night in a bed costs £420.\n";
      assert.equal(statement(text, "£420").speaker.first, "Kingsbridge Vale NHS Foundation Trust");
    });

    it("takes 'the chief executive' and 'the company' for the people and company named before", () => {
      const text =
        'Earnings\n\nHalden Foods Inc. reported a 14 percent rise in profit.\n\n"Everything we planned happened," President and Chief Executive Officer Victoria Lanning told analysts.\n\nThe chief executive said the company now expects revenue of $11.1 billion.\n';
      const map = mapSpeakers(readArticle(text));
      assert.deepEqual(
        map.statements.slice(-2).map((st) => [st.verb, st.speaker.name, st.speaker.later]),
        [
          ["said", "Victoria Lanning", "Lanning"],
          ["expects", "Halden Foods Inc", "Halden Foods"],
        ],
      );
    });

    it("takes the end of a body's name for no person: the Office of Fiscal Analysis", () => {
      const found = statement(
        "Budget\n\nThe Office of Fiscal Analysis said tax collections were 8.2 percent below projections.\n",
        "8.2 percent",
      );
      assert.equal(found.speaker.kind, "organisation");
      assert.equal(found.speaker.first, "the Office of Fiscal Analysis");
    });

    it("reads a councillor's abbreviated title in an inverted tag: said Coun. Ben McDonald", () => {
      assert.equal(
        speakerOfQuote(
          'Budget\n\n"If we end up with a deficit, we\'ll make it up," said Coun. Ben McDonald.\n',
          "deficit",
        )?.speaker.name,
        "Ben McDonald",
      );
    });

    it("writes 'former' in lower case where it only starts a sentence", () => {
      assert.equal(
        statement("Tributes\n\nFormer Herefordshire Council leader Terry James said he knew him.\n", "knew him").speaker
          .first,
        "former Herefordshire Council leader Terry James",
      );
    });

    it("writes a title in lower case where only its first word has a capital and it starts a sentence", () => {
      assert.equal(
        statement("Results\n\nChief operating officer Ruth Amsel said the plant would reopen.\n", "reopen").speaker
          .first,
        "chief operating officer Ruth Amsel",
      );
    });

    it("writes an occupation in lower case where it starts a sentence: volunteer Sam Okoro", () => {
      assert.equal(
        statement("Shelter\n\nVolunteer Sam Okoro said the center had run out of cots.\n", "cots").speaker.first,
        "volunteer Sam Okoro",
      );
    });

    it("keeps a formal title's capitals at the start of a sentence: Transport Secretary", () => {
      assert.equal(
        statement("Rail\n\nTransport Secretary Leo Marsh said the line would reopen.\n", "reopen").speaker.first,
        "Transport Secretary Leo Marsh",
      );
    });

    it("reads 'claim to' as a report of what its subject says", () => {
      assert.equal(
        statement("Twins\n\nThe twins claim to have spent almost a quarter of a million dollars.\n", "quarter").speaker
          .name,
        "the twins",
      );
    });

    it("ends an inverted speaker where a phrase about something else starts: says another eyewitness about her daughter", () => {
      const said = speakerOfQuote(
        'Standoff\n\n"She is five months pregnant," says another eyewitness about her daughter.\n',
        "pregnant",
      );
      assert.equal(said?.speaker.name, "another eyewitness");
    });

    it("reads 'property records show' and never 'their remarks' as a cue", () => {
      const text =
        "Sale\n\nThe fund paid €300m for 640 apartments, property records show.\n\nFather and son both alluded to the rift in their remarks.\n";
      const map = mapSpeakers(readArticle(text));
      assert.deepEqual(
        map.statements.map((st) => [st.verb, st.speaker.name]),
        [["show", "property records"]],
      );
    });
  });

  it("reads 'according to' a body whose name has 'and' in it, and stops at the 'and' between two people", () => {
    const firstOf = (text: string) => mapSpeakers(readArticle(text)).statements.map((s) => s.speaker.first);
    assert.deepEqual(
      firstOf(
        "Lungs\n\nOne in eight adults has asthma, according to the Kestrel Heart and Lung Foundation of Wales.\n",
      ),
      ["the Kestrel Heart and Lung Foundation of Wales"],
    );
    assert.deepEqual(
      firstOf(
        "Pools\n\nThe pool drew 41,000 swimmers last year, according to Kestrel Parks and Recreation Department.\n",
      ),
      ["Kestrel Parks and Recreation Department"],
    );
    assert.deepEqual(firstOf("Pools\n\nThe pool drew 41,000 swimmers last year, according to Ortiz and Raman.\n"), [
      "Ortiz",
    ]);
  });

  it("reads 'according to' with the organisation after it", () => {
    const text =
      "Port\n\nThe port handles roughly 12 percent of the nation's container traffic, according to the Harbor City Port Authority.\n";
    const map = mapSpeakers(readArticle(text));
    assert.deepEqual(
      map.statements.map((s) => [s.speaker.kind, s.speaker.first, s.verb]),
      [["organisation", "the Harbor City Port Authority", "according to"]],
    );
  });
});
