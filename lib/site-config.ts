/** Facts about the site itself, in one place. */
export const SITE = {
  name: 'Facial Recognition Policy Tracker',
  shortName: 'FR Policy Tracker',
  description:
    'An open, sourced record of what companies, legislatures, courts and advocates have done about facial recognition, from 2008 to today.',
} as const;
