import { DraftFacts, layoutOf } from "../facts";
import { attributionFix, capitalise, clause, joinAtEnd, movedFix, opensSentence, placeholderFix } from "../fixes";
import { plainVerb } from "../fixVerb";
import { SourceIndex } from "../source";
import { DraftLayout, sentenceHolding } from "../text/layout";
import { AnalysedSource } from "../source/analysis";
import { Article, ArticleSentence, paragraphAt, Quotation, sentenceAt } from "../source/article";
import { Speaker, Statement } from "../source/speakers";
import { LONG_REACH_VERBS, PRONOUNS, SPEECH_VERBS } from "../attribution/cues";
import { BE_FORMS as PASSIVE } from "../policy/auxiliaries";
import { AS_FRAMING_VERBS } from "../policy/framingVerbs";
import { DETERMINERS } from "../policy/determiners";
import { FUNCTION_WORDS, STOP_WORDS } from "../policy/functionWords";
import { UNIT_WORDS } from "../policy/numberWords";
import { NAME_SUFFIXES } from "../policy/nameSuffixes";
import { NOUN_MAKING_PREPOSITIONS } from "../policy/prepositions";
import { TITLE_NOUNS, TITLES_BEFORE_NAMES } from "../policy/titles";
import { NOUN_LIKE_VERBS } from "../policy/verbNouns";
import { FidelityOptions } from "../options";
import { Sentence } from "../text/sentences";
import { Claim, Evidence, Finding, Span, TextEdit, Verdict } from "../types";
import { copiedRuns } from "./copy";
import { copyCreditAt, creditAt, creditAttributor, publicationOf, referenceTo, styleFor } from "./credit";
import { checkNumber } from "./numberCheck";
import { restoreFigure } from "./figureFix";
import { misquoteMessage, reorderMessage } from "./misquoteMessage";
import { restoreEdits } from "./restore";
import { standsVerbatim } from "./sourceWords";
import { holdQuote, HeldQuote } from "./sourceQuote";
import { SentenceWords } from "./sourceFigures";
import { detached, detachedSlice } from "../text/detached";

// Made once at module level, as text/patterns.ts says why.
const WORDS = /[\p{L}\p{N}]+/gu;
const CALLS = /^call(?:s|ed)?$/;

/**
 * The fidelity findings of policy section 5: what a draft takes from its
 * source articles must say what they say. Each finding carries the source
 * passage as evidence, the two wordings side by side for a hover, and a
 * first fix that makes the draft say what the source says.
 */
const REASONS = {
  misquote:
    "Policy 5: a direct quote must be word for word the source's. Quote marks, apostrophes, dashes, spaces, the first letter's case, " +
    "the end punctuation an attribution changes, an ellipsis for omitted words and words in square brackets may differ; no other word may.",
  "misattributed-quote":
    "Policy 5: a quote credited to a named person or organisation must be credited to the speaker the source article gives.",
  "number-mismatch":
    "Policy 5: a number that states what a source passage states must have the source's value (written any way, or rounded within 5% " +
    "when the draft marks it approximate).",
  "uncredited-copy":
    "Policy 5: a run of the source article's words outside quotation marks, in a sentence with no attribution, is the source's work: " +
    "credit it (or quote it).",
} as const;

function evidence(source: AnalysedSource, span: Span, speaker?: string): Evidence {
  return {
    sourceId: source.source.id,
    start: span.start,
    end: span.end,
    ...(speaker ? { speaker } : {}),
    passage: source.article.text.slice(span.start, span.end),
  };
}

function speakerOf(held: HeldQuote): string | undefined {
  return held.quotation && held.source.speakers.quoteSpeakers.get(held.quotation)?.speaker.name;
}

/** Why a misquote offers no fix where restoring the source's words would write over the draft's markup. */
const NO_FIX_MARKUP =
  "No fix is offered: the source's words would replace Markdown inside the quote (a link's target, a tag). Restore them by hand.";

/** Whether an edit would write over markup the reader does not see as words (`masked` blanks it). */
const touchesMarkup = (text: string, masked: string, edit: TextEdit) =>
  text.slice(edit.start, edit.end) !== masked.slice(edit.start, edit.end);

function misquote(
  text: string,
  masked: string,
  claim: Claim,
  held: HeldQuote,
  options: FidelityOptions,
): Finding | undefined {
  const { alignment, draft, source } = held;
  if (alignment.differences.length === 0 || standsVerbatim(source, draft)) return undefined;
  const { reordered } = alignment;
  const [first, last] = [draft.words[0], draft.words[draft.words.length - 1]];
  const edits = reordered
    ? [{ start: first.start, end: last.end, newText: reordered.said }]
    : restoreEdits(source.article.text, text, draft.words, alignment.differences);
  const said = source.article.text.slice(alignment.span.start, alignment.span.end);
  const words = text.slice(first.start, last.end);
  return {
    code: "misquote",
    severity: options.severities.misquote,
    start: claim.start,
    end: claim.end,
    claim,
    evidence: evidence(source, alignment.span, speakerOf(held)),
    comparison: { draft: detached(words), source: said },
    ...(edits.some((e) => touchesMarkup(text, masked, e))
      ? { fixes: [], noFix: NO_FIX_MARKUP }
      : { fixes: [{ title: "Restore the source's words", edits, isPreferred: true }] }),
    message: reordered
      ? reorderMessage(source.article.text, reordered)
      : misquoteMessage(masked, draft.words, source.article.text, alignment.span, alignment.differences),
    reason: REASONS.misquote,
  };
}

/**
 * The speaker of a source quotation when the article says so plainly: a cue
 * or a lead-in naming the speaker (`Oduya was less forgiving: "…"`) in the
 * quotation's own sentence, a cue in the sentence right before it in its
 * paragraph (`"…," said Pat Cullen. "Our members are exhausted."`: the
 * quotation goes on in the speaker's voice), a paragraph whose every cue
 * names the same speaker, or the speaker of the paragraph before a paragraph
 * that is only the quotation. A speaker guessed otherwise is no ground for
 * telling a reporter they credited the wrong person. `ownSentence` says the
 * credit stands in the quotation's own sentence.
 */
function surelySaid(
  source: AnalysedSource,
  quotation: Quotation,
): { speaker: Speaker; ownSentence: boolean } | undefined {
  const said = source.speakers.quoteSpeakers.get(quotation);
  if (said?.ledIn) return { speaker: said.speaker, ownSentence: true };
  const statement = said?.statement;
  if (!said || !statement) return undefined;
  const { sentences } = source.article;
  const sentence = sentences[statement.sentence];
  const inSentence = sentence.start < quotation.end && quotation.start < sentence.end;
  const next = sentences[statement.sentence + 1];
  const right = (s: ArticleSentence | undefined) =>
    s !== undefined && s.start <= quotation.start && quotation.start < s.end;
  const goesOn =
    statement.paragraph === quotation.paragraph && right(next) && lastCueBefore(source, quotation) === statement;
  const alone = source.speakers.statements
    .filter((s) => s.paragraph === quotation.paragraph)
    .every((s) => s.speaker === said.speaker);
  const sure = inSentence || goesOn || alone || statement.paragraph < quotation.paragraph;
  return sure ? { speaker: said.speaker, ownSentence: inSentence } : undefined;
}

/** The last cue of a quotation's paragraph before it. */
function lastCueBefore(source: AnalysedSource, quotation: Quotation): Statement | undefined {
  return source.speakers.statements.filter((s) => s.paragraph === quotation.paragraph && s.at < quotation.start).at(-1);
}

/**
 * A name, not a pronoun or a description: capitalised words, perhaps after
 * "the" and a lower-case title ("union president Carla Nguyen", "the Port
 * Authority", "Okonkwo"); never "the agency" or "officials".
 */
function isName(source: string): boolean {
  const words = source.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (words.length === 1 && PRONOUNS.has(words[0].toLowerCase())) return false;
  const last = words[words.length - 1];
  return /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(last) && !/^(?:that|which|who|and|but)$/i.test(words[0]);
}

/** Where the source has words a speaker says: their span and the paragraphs it runs over. */
type SpokenWords = Span & { paragraph: number; lastParagraph: number };

/**
 * Where the source has a held quote's words and who it plainly says spoke
 * them: a quotation's speaker (surelySaid), or, for words the source has
 * outside quotation marks, the speaker of the transcript turn or statement
 * paragraph they stand in (`FALK: Every day. …`, the paragraphs after `X
 * said:`).
 */
function spokenBy(held: HeldQuote): (SpokenWords & { speaker?: Speaker; ownSentence?: boolean }) | undefined {
  const { source, quotation } = held;
  if (quotation) return { ...quotation, ...surelySaid(source, quotation) };
  const paragraph = paragraphAt(source.article, held.alignment.span.start);
  const turn = source.speakers.speechParagraphs.get(paragraph);
  return turn && { ...held.alignment.span, paragraph, lastParagraph: paragraph, speaker: turn.speaker };
}

/**
 * Whether the source names someone near words it has a speaker say, outside
 * the words themselves: in their paragraphs, or, when the credit stands in
 * the words' own sentence, in that sentence. A person the paragraph quotes
 * in another sentence is then someone else, not a speaker the reading may
 * have missed.
 */
function namedNear(source: AnalysedSource, words: SpokenWords, name: Set<string>, ownSentence: boolean): boolean {
  const { article } = source;
  const { start, end } = ownSentence ? sentencesOver(article, words) : paragraphsOver(article, words);
  const around = article.text.slice(start, words.start) + " " + article.text.slice(words.end, end);
  const said = nameWords(around);
  return [...name].some((w) => said.has(w));
}

const paragraphsOver = (article: Article, words: SpokenWords): Span => ({
  start: article.paragraphs[words.paragraph].start,
  end: article.paragraphs[words.lastParagraph].end,
});

/** The sentences words run over, from the one they open in to the one they close in. */
function sentencesOver(article: Article, words: Span): Span {
  const holding = (offset: number) => article.sentences[sentenceAt(article, offset)];
  return { start: holding(words.start)?.start ?? words.start, end: holding(words.end - 1)?.end ?? words.end };
}

/** Letters a name keeps when it loses its accents and special letters: "Sørby" and "Sorby", "Müller" and "Muller" are one name. */
const PLAIN_LETTERS: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", ł: "l", đ: "d", þ: "th", ı: "i" };
const plainName = (w: string) =>
  w
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[øæœßłđþı]/g, (c) => PLAIN_LETTERS[c]);

/**
 * The words that name someone: capitalised words, without `The`, honorifics
 * and the words of a title that stands before a name (`Judge`, `Chief
 * Inspector`), which two people can share; a title word that ends the run
 * is a surname (`John Major`).
 */
const nameWords = (s: string) =>
  new Set(
    [...s.matchAll(/\p{Lu}[\p{L}\p{M}'\u2019-]+(?=(\s+\p{Lu})?)/gu)]
      .map((m) => ({ word: plainName(m[0].toLowerCase()).replace(/['\u2019]s?$/, ""), beforeName: m[1] !== undefined }))
      .filter(
        ({ word, beforeName }) =>
          !(
            /^(?:the|mr|mrs|ms|dr|president|prime|minister)$/.test(word) ||
            (beforeName && TITLES_BEFORE_NAMES.has(word))
          ),
      )
      .map(({ word }) => word),
  );

/** The words a draft may name the source's speaker by: its name, first reference and description. */
const speakerWords = (credited: Speaker) =>
  nameWords([credited.name, credited.first, credited.appositive ?? ""].join(" "));

/**
 * Whether a draft's name is the source's speaker: it shares a word with the
 * speaker's name or description (`Zelensky`, `President Zelensky`,
 * `Northway` for the Northway spokesperson). A person's first name with
 * another surname (`Luis Nguyen` where the source quotes Luis Pena) is
 * someone else: the surname is what names a person in news copy.
 */
function namesSpeaker(ours: Set<string>, credited: Speaker): boolean {
  const theirs = speakerWords(credited);
  if (![...ours].some((w) => theirs.has(w))) return false;
  if (credited.kind !== "person") return true;
  const surname = (words: Set<string>) => [...words].filter((w) => !NAME_SUFFIXES.has(w)).pop();
  const person = nameWords(credited.name);
  const ourSurname = surname(ours);
  const given = [...person].filter((w) => w !== surname(person));
  const sharesGivenName = given.some((w) => ours.has(w));
  return !(ours.size > 1 && ourSurname !== undefined && !theirs.has(ourSurname) && sharesGivenName);
}

/**
 * Whether the draft's name for a quote the source gives to a described
 * speaker (`a hospital spokesperson`, `the library workers' union`) is a
 * person the source names as someone else: the mayor it quotes elsewhere is
 * not the spokesperson, nor the council leader the union. A person it
 * describes with the same word (`hospital spokesperson Ana Ruiz`) may be,
 * and a name the source does not have may be anyone. An indefinite
 * description is read so, and a definite one that says which body it is;
 * a bare `the organisation` points back to a body the draft may not name,
 * and would stand alone in a fix.
 */
const INDEFINITE = /^an?\s/i;
/** `the` and at least one word before the noun: `the library workers' union`, `the city's finance office`. */
const DESCRIBED_BODY = /^the\s+\S+\s+\S/i;

function namesSomeoneElse(source: AnalysedSource, ours: Set<string>, described: Speaker): boolean {
  if (!INDEFINITE.test(described.name) && !DESCRIBED_BODY.test(described.name)) return false;
  const head = described.name.toLowerCase().split(/\s+/).pop() ?? "";
  return [...source.speakers.people.values()].some((person) => {
    const surname = plainName(person.surname.toLowerCase());
    const role = `${person.title} ${person.appositive ?? ""}`.toLowerCase();
    return ours.has(surname) && !role.split(/[^\p{L}]+/u).includes(head);
  });
}

function misattributed(
  index: SourceIndex,
  layout: DraftLayout,
  verdict: Verdict,
  held: HeldQuote,
  options: FidelityOptions,
): Finding | undefined {
  const { text } = layout;
  const { attribution, claim } = verdict;
  if (!attribution || !isName(attribution.source)) return undefined;
  const spoken = spokenBy(held);
  const credited = spoken?.speaker;
  if (!spoken || !credited) return undefined;
  const ours = nameWords(attribution.source);
  if (credited.kind === "described" && !namesSomeoneElse(held.source, ours, credited)) return undefined;
  if (ours.size === 0 || namesSpeaker(ours, credited)) return undefined;
  const theirs = speakerWords(credited);
  const others = new Set([...ours].filter((w) => !theirs.has(w)));
  if (namedNear(held.source, spoken, others, spoken.ownSentence === true)) return undefined;
  // The draft's own sentence names the source's speaker: its cue was read to the wrong name, not the quote credited wrong.
  const sentence = sentenceHolding(layout, attribution.start);
  if (nameWords(text.slice(sentence.start, sentence.end)).has(plainName(credited.key.toLowerCase()))) return undefined;
  const at = text.indexOf(attribution.source, attribution.start);
  if (at < 0 || at >= attribution.end) return undefined;
  const span = creditSpan(text, sentence, at, at + attribution.source.length);
  // The name the draft credits, without the appositive or link the fix also replaces.
  const named = text.slice(span.name.start, span.name.end);
  let reference = referenceTo(index, text, span.start, credited);
  // The source's reference keeps its own case ("port director Helena Sørby") except where the credit opens its sentence.
  if (opensSentence(text, sentence, span.start)) reference = capitalise(reference);
  return {
    code: "misattributed-quote",
    severity: options.severities["misattributed-quote"],
    start: span.start,
    end: span.end,
    claim,
    attribution,
    evidence: evidence(held.source, held.alignment.span, credited.name),
    comparison: { draft: detached(named), source: credited.name },
    fixes: [
      {
        title: `Credit ${credited.later} (source article)`,
        edits: [{ start: span.start, end: span.end, newText: reference }],
        isPreferred: true,
      },
    ],
    message: `Quote credited to ${named}, but the source article credits it to ${credited.name}.`,
    reason: REASONS["misattributed-quote"],
  };
}

/** A stretch between a comma after a name and the comma or end punctuation that closes it. */
const AFTER_NAME = /^,[ \t]+([^,.;:!?"\u201C\u201D\n]{1,60}?)(?=,[ \t]|[.;:!?]|$)/u;

/**
 * Whether a stretch after a name's comma describes its person: an appositive
 * or a `who` clause (`the union president`, `who leads the union`), an age
 * (`71`), or a title without an article, as AP style writes one (`general
 * secretary of the union`, `union president`).
 */
function describesPerson(stretch: string): boolean {
  const [first, second = ""] = stretch.split(/[ \t]+/);
  if (/^(?:the|a|an|who)$/i.test(first)) return second !== "";
  if (/^\d{1,3}$/.test(stretch)) return true;
  return /^\p{Ll}/u.test(first) && (TITLES_BEFORE_NAMES.has(first) || TITLE_NOUNS.has(second));
}

/**
 * How far the descriptions of the person right after a name run (`, 58, who
 * chairs the council`), with the comma that closes them where the speech
 * verb follows (`Lena Ortiz, the mayor, said`) and would otherwise be left
 * after a comma of its own.
 */
function appositivesAfter(s: string): number {
  let at = 0;
  for (let m = AFTER_NAME.exec(s); m && describesPerson(m[1]); m = AFTER_NAME.exec(s.slice(at))) at += m[0].length;
  const verb = /^,[ \t]+(\p{L}+)/u.exec(s.slice(at));
  return at > 0 && verb && SPEECH_VERBS.has(verb[1].toLowerCase()) ? at + 1 : at;
}

/**
 * The draft's credit as the fix replaces it: the cue's name; before a title
 * that opens it in lower case (`president Anders Lund`), the capitalised
 * words naming the title's organisation (`Harbour Workers Union`); and the
 * appositive or `who` clause after it (`Anders Lund, the union president`),
 * or the link the name is written as. Each describes the person the draft
 * wrongly names, and would be left beside the source's reference.
 */
function creditSpan(text: string, sentence: Span, start: number, end: number): Span & { name: Span } {
  let from = start;
  while (/^\p{Ll}/u.test(text.slice(start, end))) {
    const word = /(\p{Lu}[\p{L}\p{M}'\u2019&.-]*)[ \t]+$/u.exec(text.slice(sentence.start, from));
    if (!word || FUNCTION_WORDS.has(word[1].toLowerCase()) || STOP_WORDS.has(word[1].toLowerCase())) break;
    from = sentence.start + word.index;
  }
  // A name written as a link (`[Lund](https://…/lund)`) goes with its link: the page is the wrong person's.
  const link = text[from - 1] === "[" ? /^\]\([^)\n]*\)/.exec(text.slice(end, sentence.end)) : null;
  const name = { start: from, end };
  if (link) return { start: from - 1, end: end + link[0].length, name };
  return { start: from, end: end + appositivesAfter(text.slice(end, sentence.end)), name };
}

function numberMismatch(
  text: string,
  facts: DraftFacts,
  { claim, attribution }: Verdict,
  index: SourceIndex,
  options: FidelityOptions,
  read: SentenceWords,
): Finding | undefined {
  const sentence = facts.sentences[claim.sentence];
  const found = checkNumber(text, claim, sentence, index, read, attribution);
  if (!found) return undefined;
  const { held, figure, heldRange } = found;
  const restored = restoreFigure(text, sentence, figure, held, heldRange);
  const credit = creditAt(held.source, held.mention.start);
  const speaker = credit && "speaker" in credit ? credit.speaker.name : publicationOf(held.source);
  return {
    code: "number-mismatch",
    severity: options.severities["number-mismatch"],
    start: claim.start,
    end: Math.max(claim.end, figure.end),
    claim,
    evidence: evidence(held.source, held.passage, speaker),
    comparison: { draft: detached(restored.draft), source: restored.source },
    fixes: [{ title: `Use the source's figure (${restored.source})`, edits: [restored.edit], isPreferred: true }],
    // Figure against figure: the claim's words around it ("6.3 earthquake struck northern") are the same on both sides.
    message: `“${restored.draft}” differs from the source, which says ${inSentence(restored.source)}.`,
    reason: REASONS["number-mismatch"],
  };
}

/** A figure in words as it reads inside a sentence: the source's "Seven" had its capital from opening its own. */
const inSentence = (raw: string) => (/\d/.test(raw) ? raw : raw.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));

/** Verbs that report speech whatever their subject, so a sentence holding one credits someone. */
const REPORTING = new Set([...LONG_REACH_VERBS, "stated", "states", "announced", "announces"]);

/** What a framing verb characterises when it credits its subject with the words after it: `called it …`, `described them as …`. */
const FRAMED = /^(?:it|them|this|that|him|her)$/;

/**
 * A sentence with a verb of speech outside its quotations (`the White House
 * stated …`) credits someone even where the cue rules find no source for it,
 * and so does one whose subject characterises something in the source's
 * words (`The university called it the largest study …`, `described it as
 * …`); a passive one (`were told`, `was called`) does not, nor a noun spelt
 * like one.
 */
function speaks(facts: DraftFacts, sentence: Sentence): boolean {
  const from = facts.doc.paragraphs[sentence.paragraph].start;
  const raw = facts.doc.frames[sentence.paragraph].slice(sentence.start - from, sentence.end - from).match(WORDS) ?? [];
  const words = raw.map((w) => w.toLowerCase());
  const active = (i: number) => !PASSIVE.has(words[i - 1] ?? "");
  const frames = (w: string, i: number) =>
    FRAMED.test(words[i + 1] ?? "") &&
    (CALLS.test(w) || (AS_FRAMING_VERBS.has(w) && words.slice(i + 2, i + 5).includes("as")));
  return words.some(
    (w, i) =>
      (REPORTING.has(w) && active(i) && !isPluralNoun(raw[i], words[i - 1])) ||
      (frames(w, i) && active(i) && i > 0) ||
      (w === "according" && words[i + 1] === "to"),
  );
}

/**
 * `seven states`, `in most states`, `the United States`: a report verb's -s
 * form is the plural noun after a determiner, a number or a preposition, and
 * a capitalised one is part of a name.
 */
function isPluralNoun(word: string, before: string | undefined): boolean {
  if (!NOUN_LIKE_VERBS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}/u.test(word) && before !== undefined) return true;
  const prev = before ?? "";
  return (
    DETERMINERS.has(prev) || NOUN_MAKING_PREPOSITIONS.has(prev) || /^\d/.test(prev) || Object.hasOwn(UNIT_WORDS, prev)
  );
}

/** The parts of a sentence outside its quotations, where copied words would be uncredited. */
function outsideQuotes(facts: DraftFacts, sentence: Sentence): Span[] {
  const stretches: Span[] = [];
  let at = sentence.start;
  // A quotation that overlaps the sentence overlaps its paragraph, and these come in the same order.
  for (const i of facts.doc.quotesByParagraph[sentence.paragraph]) {
    const q = facts.doc.quotes[i];
    if (q.end <= at || q.start >= sentence.end) continue;
    if (q.start > at) stretches.push({ start: at, end: q.start });
    at = Math.max(at, q.end);
  }
  if (at < sentence.end) stretches.push({ start: at, end: sentence.end });
  return stretches;
}

/** The uncredited copies in one paragraph's sentences; `figured` holds the sentences with a number claim. */
function copiesIn(
  text: string,
  facts: DraftFacts,
  paragraph: number,
  index: SourceIndex,
  options: FidelityOptions,
  figured: ReadonlySet<number>,
): Finding[] {
  const found: Finding[] = [];
  const { first, end } = facts.paragraphSentences[paragraph];
  for (let s = first; s < end; s++) {
    const sentence = facts.sentences[s];
    if (facts.cues[s].length > 0) continue;
    const runs = copiedRuns(facts.doc.masked, sentence, outsideQuotes(facts, sentence), options.copyWords, index);
    // Most sentences copy nothing: whether a sentence speaks is read only of one that does.
    if (runs.length === 0 || speaks(facts, sentence)) continue;
    for (const run of runs) {
      const style = styleFor(index, run.source);
      const read = copyCreditAt(run.source, run.from.start, figured.has(s));
      // An article that names no publication is credited with the one the options give.
      const credit =
        read && "publication" in read && !read.publication && options.publication
          ? { publication: options.publication }
          : read;
      const claim: Claim = {
        kind: "number",
        start: run.start,
        end: run.end,
        text: text.slice(run.start, run.end),
        paragraph: sentence.paragraph,
        sentence: s,
      };
      const who = creditAttributor(index, text, run.start, credit, style);
      const fix = who
        ? {
            title: `Attribute to ${who.subject} (source article)`,
            edits: [joinAtEnd(text, sentence.end, clause(who, style), style)],
            isPreferred: true,
          }
        : credit && "publication" in credit
          ? placeholderFix(layoutOf(facts), claim, { ...style, dataVerb: "according to" }, true, "no-publication")
          : attributionFix(
              layoutOf(facts),
              claim,
              { subject: "SOURCE", verb: plainVerb(style) },
              style,
              "Add attribution",
              true,
            );
      const speaker = credit && ("speaker" in credit ? credit.speaker.name : credit.publication);
      found.push({
        code: "uncredited-copy",
        severity: options.severities["uncredited-copy"],
        start: run.start,
        end: run.end,
        evidence: evidence(run.source, run.from, speaker),
        comparison: {
          draft: detachedSlice(text, run.start, run.end),
          source: run.source.article.text.slice(run.from.start, run.from.end),
        },
        fixes: [fix],
        message: `${run.words} words copied from the source article with no quotation marks and no attribution.`,
        reason: REASONS["uncredited-copy"],
      });
    }
  }
  return found;
}

/** Whether the draft credits a held quote to the speaker the source plainly gives it to, by name. */
function creditsSourceSpeaker(verdict: Verdict, held: HeldQuote): boolean {
  const speaker = spokenBy(held)?.speaker;
  const source = verdict.attribution?.source;
  return speaker !== undefined && source !== undefined && isName(source) && namesSpeaker(nameWords(source), speaker);
}

/** A claim's misquote, misattributed quote or number mismatch, as the source articles have it. */
function claimFindings(
  text: string,
  facts: DraftFacts,
  verdict: Verdict,
  index: SourceIndex,
  options: FidelityOptions,
  read: SentenceWords,
): Finding[] {
  const { claim } = verdict;
  if (claim.kind === "number") {
    const mismatch = numberMismatch(text, facts, verdict, index, options, read);
    return mismatch ? [mismatch] : [];
  }
  // The quote's words as the reader sees them: a link's target and emphasis marks are markup, not words.
  const { masked } = facts.doc;
  const held = holdQuote(masked, claim, index);
  if (!held || (held.short && !creditsSourceSpeaker(verdict, held))) return [];
  const wrong = misquote(text, masked, claim, held, options);
  const credit = misattributed(index, layoutOf(facts), verdict, held, options);
  return [...(wrong ? [wrong] : []), ...(credit ? [credit] : [])];
}

/**
 * Where a claim's fidelity findings are kept in its paragraph's memo,
 * written to the paragraph's key: by the claim's place there and its
 * attribution's, which a misattributed quote reads, with the attribution's
 * sentence when it stands in another paragraph (a quote-only paragraph
 * after "X said:"), whose words the memo would not otherwise see. Offsets
 * are written as numbers, not into a string: a paragraph of thousands of
 * figures would build and keep a string a claim. False, and nothing
 * written, for a claim that runs past its paragraph, which is checked
 * afresh.
 */
export function slotOf(facts: DraftFacts, verdict: Verdict, key: (string | number)[]): boolean {
  const { claim, attribution } = verdict;
  const p = facts.doc.paragraphs[claim.paragraph];
  if (claim.lastParagraph !== undefined || !inside(p, claim)) return false;
  // Seven entries a claim, so that the paragraph's key tells its claims apart by place alone.
  key.push(claim.kind, claim.start - p.start, claim.end - p.start);
  if (!attribution) {
    key.push(-1, -1, "", "");
    return true;
  }
  let sentence = "";
  if (!inside(p, attribution)) {
    const held = sentenceHolding(layoutOf(facts), attribution.start);
    sentence = `${held.start - p.start}\u0000${facts.doc.text.slice(held.start, held.end)}`;
  }
  key.push(attribution.start - p.start, attribution.end - p.start, attribution.source, sentence);
  return true;
}

/** Whether a span lies within a paragraph: a function, not a closure made a claim. */
const inside = (p: Span, span: Span) => p.start <= span.start && span.end <= p.end;

/**
 * Findings moved by `by` characters of the draft, their fixes with them; a
 * claim's findings take the claim and attribution of this check. Findings
 * that need neither are shared as they are: nothing writes to a finding once
 * made.
 */
export function movedFindings(findings: Finding[], by: number, verdict?: Verdict): Finding[] {
  // Most claims have no findings: nothing to move, and no test made for them, once a claim.
  if (findings.length === 0) return findings;
  const current = (f: Finding) =>
    !verdict || ((!f.claim || f.claim === verdict.claim) && (!f.attribution || f.attribution === verdict.attribution));
  if (by === 0 && findings.every(current)) return findings;
  return findings.map((f) => ({
    ...f,
    ...(verdict && f.claim ? { claim: verdict.claim } : {}),
    ...(verdict && f.attribution && verdict.attribution ? { attribution: verdict.attribution } : {}),
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((fix) => movedFix(fix, by)),
  }));
}

/**
 * Reads a draft's claims and paragraphs against the source articles one at
 * a time, so that a check can take what its memo kept and read only the
 * rest; claims are read in the draft's order, as SentenceWords expects.
 */
export class FidelityReader {
  private readonly words = new SentenceWords();
  private figured: Set<number> | undefined;

  constructor(
    readonly text: string,
    readonly facts: DraftFacts,
    private readonly verdicts: Verdict[],
    readonly index: SourceIndex,
    readonly options: FidelityOptions,
  ) {}

  /** Whether there is anything to read against: no source article, no fidelity finding. */
  get reads(): boolean {
    return this.index.sources.length > 0;
  }

  claim(verdict: Verdict): Finding[] {
    return claimFindings(this.text, this.facts, verdict, this.index, this.options, this.words);
  }

  /** A paragraph's uncredited copies (none unless the options report copies). */
  copies(paragraph: number): Finding[] {
    if (!this.options.reportCopy) return [];
    this.figured ??= new Set(this.verdicts.filter((v) => v.claim.kind === "number").map((v) => v.claim.sentence));
    return copiesIn(this.text, this.facts, paragraph, this.index, this.options, this.figured);
  }
}

/** What a check's memo kept of a draft's fidelity findings: a verdict's (by its place among the verdicts) and a paragraph's copies, when kept. */
export interface KeptFidelity {
  claim(verdict: number): Finding[] | undefined;
  copies(paragraph: number): Finding[] | undefined;
}

/** Every fidelity finding of a draft against its source articles (none without a source); what `kept` has is taken, not read again. */
export function fidelityFindings(reader: FidelityReader, verdicts: Verdict[], kept?: KeptFidelity): Finding[] {
  if (!reader.reads) return [];
  const found: Finding[] = [];
  // A quote split by its cue (`"…," Lund said, "…"`) is two claims with one name: one finding for the name.
  const credited = new Set<string>();
  verdicts.forEach((verdict, i) => {
    for (const f of kept?.claim(i) ?? reader.claim(verdict)) {
      const name = `${f.start},${f.end}`;
      if (f.code === "misattributed-quote" && credited.has(name)) continue;
      if (f.code === "misattributed-quote") credited.add(name);
      found.push(f);
    }
  });
  if (reader.options.reportCopy) {
    for (let p = 0; p < reader.facts.paragraphSentences.length; p++)
      found.push(...(kept?.copies(p) ?? reader.copies(p)));
  }
  return found;
}
