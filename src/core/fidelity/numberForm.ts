import { capitalise } from "../fixes";
import { SCALE_WORDS, SHORTHAND_SCALES, UNIT_WORDS } from "../policy/numberWords";

/**
 * A figure rewritten in another figure's form: the source's value in the
 * draft's digits or words, its currency and its `%` or `percent`, so a fix
 * changes the value and nothing else about how the draft writes it.
 */
const SCALE = /\b(hundred|thousand|million|billion|trillion)\b/i;
const PERCENT_FORM = /(\s?%|\s(?:percent|per cent))$/i;
const ONES = Object.entries(UNIT_WORDS).filter(([, v]) => v < 20);
const TENS = Object.entries(UNIT_WORDS).filter(([, v]) => v >= 20);

/** An integer under a million in words, hyphenated as news copy writes it ("sixty-one", "two hundred five"). */
function inWords(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value >= 1e6) return undefined;
  const under100 = (n: number): string => {
    if (n < 20) return ONES.find(([, v]) => v === n)?.[0] ?? "";
    const ten = TENS.find(([, v]) => v === Math.floor(n / 10) * 10)?.[0] ?? "";
    return n % 10 ? `${ten}-${under100(n % 10)}` : ten;
  };
  const under1000 = (n: number): string =>
    n >= 100 ? `${under100(Math.floor(n / 100))} hundred${n % 100 ? ` ${under100(n % 100)}` : ""}` : under100(n);
  if (value < 1000) return under1000(value);
  const rest = value % 1000;
  return `${under1000(Math.floor(value / 1000))} thousand${rest ? ` ${under1000(rest)}` : ""}`;
}

/**
 * A value in words at the draft's scale word ("forty-six million" for 64 million: "sixty-four million"), or
 * under a million in words; a share of the scale ("64.5 million") has no words news copy writes.
 */
function inWordsAt(value: number, core: string): string | undefined {
  const scale = /\b(million|billion|trillion)\b/i.exec(core)?.[1];
  const count = scale ? Number((value / SCALE_WORDS[scale.toLowerCase()]).toFixed(6)) : undefined;
  if (scale && count !== undefined && count >= 1) {
    const words = inWords(count);
    return words && `${words} ${scale}`;
  }
  return inWords(value);
}

const grouped = (n: number, group: boolean): string =>
  group ? n.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(Number(n.toFixed(6)));

/** The figure `raw` (as the draft writes it) with the value `value` instead. */
export function inFormOf(raw: string, value: number, sourceRaw: string, against?: number): string {
  // A score (numbers.ts reads its sides) is written with the draft's dash: "3–1" for the source's "3-1".
  const dash = /[-\u2013]/.exec(raw)?.[0];
  if (against !== undefined && dash) return `${value}${dash}${against}`;
  const currency = /^[$€£¥]\s?/.exec(raw)?.[0] ?? "";
  const percent = PERCENT_FORM.exec(raw)?.[1] ?? "";
  const core = raw.slice(currency.length, raw.length - percent.length);
  const capital = /^\p{Lu}/u.test(core);
  let written: string | undefined;
  if (!/\d/.test(core)) {
    written = inWordsAt(value, core);
    // A share in words ("a quarter") has no digits to rewrite: the source's words for its share ("a third").
    if (!written && !/\d/.test(sourceRaw)) written = sourceRaw.replace(/^[$€£¥]\s?/, "").replace(PERCENT_FORM, "");
    if (written && capital) written = capitalise(written);
  }
  // "€12m", "$45k", "$8.1 bn": the source's value in the draft's shorthand, its space kept (a bare "3k" has
  // no value to fix: numbers.ts).
  const shorthand = /\d(\s?)(k|m|mn|bn|tn)$/i.exec(core);
  if (!written && shorthand) {
    const [, space, suffix] = shorthand;
    written = `${grouped(value / SHORTHAND_SCALES[suffix.toLowerCase()], false)}${space}${suffix}`;
  }
  if (!written) {
    const scale = SCALE.exec(core)?.[1];
    const sourceCore = sourceRaw.replace(/^[$€£¥]\s?/, "").replace(PERCENT_FORM, "");
    const sourceDigits = /\d/.test(sourceCore);
    if (sourceDigits && SCALE.test(sourceCore) === !!scale) written = sourceCore;
    else if (scale) written = `${grouped(value / SCALE_WORDS[scale.toLowerCase()], false)} ${scale}`;
    else written = grouped(value, value >= 1e4 || /\d,\d{3}/.test(core));
  }
  return `${currency}${written}${percent}`;
}
