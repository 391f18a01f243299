/**
 * Weak sources (policy 2.3): anonymous sources (`a senior official said`,
 * `people familiar with`) and weasel sources (`critics say`, `it is said`,
 * `reportedly`), as the policy lists them and as AP's rules on anonymous
 * sourcing describe them.
 */
export const ANONYMOUS: readonly RegExp[] = [
  /\b(?:a|an|one|two|three|four|several|some|other|unnamed|anonymous)\s+(?:[\w.'’-]+\s+){0,3}?(?:officials?|sources?|persons?|people|aides?|diplomats?|insiders?|employees?|staffers?|officers?|executives?)\b/i,
  /\b(?:people|persons?|sources?|officials?)\s+(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|involved in)\b/i,
  /\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b/i,
  /\bsources\s+(?:say|said|says|told|tell)\b/i,
  /\bwho\s+(?:declined|asked)\s+(?:to\s+be|not\s+to\s+be)\s+(?:named|identified)\b/i,
];

export const WEASEL: readonly RegExp[] = [
  /\b(?:some|many|most|several|few|critics|experts|observers|analysts|commentators|skeptics|sceptics|supporters|opponents|detractors|insiders)\s+(?:people\s+|have\s+|had\s+)?(?:say|said|says|believe|believed|think|thought|argue|argued|claim|claimed|suggest|suggested|feel|felt|fear|feared|contend|maintain|allege|alleged|note|noted|warn|warned|agree|agreed)\b/i,
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:said|believed|thought|reported|claimed|alleged|rumou?red|understood|widely\s+\w+)\b/i,
  /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red(?:ly)?)\b/i,
  /\bby\s+(?:various|some|many|several|other|most|all|early|unconfirmed)\s+(?:reports|accounts|estimates)\b/i,
  /\b(?:according\s+to|per)\s+(?:some|many|critics|experts|observers|reports|rumou?rs|sources)\b/i,
  /\bby\s+some\s+(?:accounts|estimates)\b/i,
];

/** Said of a source anywhere in its sentence, these make it anonymous whatever the clause. */
export const ANONYMITY_TERMS =
  /\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b|\bwho\s+(?:declined|asked)\s+(?:to\s+be|not\s+to\s+be)\s+(?:named|identified)\b|\bwas\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment)\b/i;
