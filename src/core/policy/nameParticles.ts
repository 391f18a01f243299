/**
 * Particles inside a personal or place name (`Ursula von der Leyen`,
 * `Ibn Saud al Faisal`, `Maria de la Cruz`, `Bank of England`): a name
 * runs on across them. From the surname particles of the European and
 * Arabic naming conventions wire style guides list, with `of`.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set("of de van von al bin el la le da du der".split(" "));
