/**
 * Time zones that follow a clock time inside its sentence (`6 p.m. Eastern`,
 * `10 a.m. GMT`): the US, UK, European, Indian, Japanese and Australian
 * zones as AP style abbreviates them.
 */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  (
    "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist jst aest eastern central mountain pacific " +
    "local"
  ).split(" "),
);
