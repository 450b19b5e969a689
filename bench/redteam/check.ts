/** One line of the red-team table: what was tried, whether the product held, and the figure. */
export interface Check {
  area: string;
  name: string;
  pass: boolean;
  detail: string;
}
