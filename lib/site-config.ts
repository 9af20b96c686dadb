/** Facts about the site itself, in one place. */
export const SITE = {
  name: 'Facial Recognition Policy Tracker',
  shortName: 'FR Policy Tracker',
  description:
    'An open, sourced record of what companies, legislatures, courts and advocates have done about facial recognition, from 2008 to today.',
} as const;

/** The path the site is served under ("" at a domain's root, "/tracker" under a sub-path). */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
