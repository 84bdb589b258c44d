/**
 * The kinds of link between events (schema v3+). Apart from the schema so that the chart's
 * legend and the link lists can name them without loading the validator (zod) on the page.
 */
export const LINK_KINDS = ['responds-to', 'follows-up', 'reverses', 'leads-to', 'echoes'] as const;
