/**
 * What `per` can count by (`per cent`, `per capita`, `per household`): after
 * one of these, `per` is a rate, not `per` + source (policy 2). From the
 * units of measure and counting nouns news copy puts after `per`.
 */
export const PER_UNITS =
  /^(?:cent|capita|annum|se|year|day|week|month|hour|minute|second|person|head|share|unit|gallon|litre|liter|kilo|kilogram|pound|mile|kilometre|kilometer|ton|tonne|barrel|household|student|patient|resident|visit|game|round|trip)s?$/;
