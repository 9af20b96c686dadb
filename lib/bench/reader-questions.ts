/**
 * The search quality benchmark: questions in plain words as readers type them (typos, other words
 * for the same thing, a name and a year, whole questions), each with the entries a good answer
 * puts first. The expected slugs were chosen by reading the records in content/entries/, not by
 * running the engine. `npm run bench:search` prints the share of questions with an expected page
 * in the top 3 and the mean reciprocal rank.
 */

export interface ReaderQuestion {
  /** What the reader types. */
  query: string;
  /** Slugs of the entries (or entity pages) a good answer puts first; any one of them counts. */
  expect: readonly string[];
}

const CITY_BANS = [
  '2019-05-14-san-francisco-bans-government-facial-recognition',
  '2019-06-27-somerville-bans-face-surveillance',
  '2019-07-16-oakland-bans-city-facial-recognition',
  '2019-10-15-berkeley-bans-facial-recognition',
  '2019-12-11-brookline-bans-face-surveillance',
  '2019-12-17-alameda-bans-city-facial-recognition',
  '2019-12-19-northampton-bans-face-surveillance',
  '2020-01-13-cambridge-bans-municipal-facial-recognition',
  '2020-06-23-santa-cruz-bans-face-recognition-and-predictive-policing',
  '2020-06-24-boston-bans-face-surveillance',
  '2020-07-01-easthampton-bans-facial-recognition',
  '2020-08-03-portland-maine-council-bans-facial-recognition',
  '2020-08-jackson-bans-police-facial-recognition',
  '2020-09-09-portland-bans-public-and-private-facial-recognition',
  '2020-11-03-portland-maine-voters-ban-facial-surveillance',
  '2020-12-01-madison-bans-city-facial-recognition',
  '2020-12-new-orleans-bans-surveillance-technologies',
  '2021-02-12-minneapolis-bans-facial-recognition',
  '2021-02-23-teaneck-bans-facial-recognition',
  '2021-06-01-king-county-bans-facial-recognition',
  '2021-09-20-hamden-bans-facial-recognition',
  '2021-11-02-bellingham-voters-ban-facial-recognition',
  '2021-12-14-worcester-bans-facial-recognition',
];
const POLICE_BANS = [
  ...CITY_BANS,
  '2021-04-07-virginia-hb-2031-bans-local-police-facial-recognition',
  '2019-10-08-california-ab-1215-body-camera-ban',
  '2015-06-oregon-hb-2571-body-camera-facial-recognition',
  '2016-06-new-hampshire-body-camera-law-bars-face-analysis',
  '2020-10-07-vermont-police-facial-recognition-moratorium',
];
const AMAZON_PAUSE = ['2020-06-10-amazon-rekognition-police-moratorium', '2021-05-18-amazon-extends-rekognition-moratorium'];
const CLEARVIEW_FINES = [
  '2022-05-23-uk-ico-fines-clearview-ai',
  '2022-03-09-italy-fines-clearview-ai',
  '2022-07-13-greece-fines-clearview-ai',
  '2022-10-20-france-cnil-fines-clearview-ai',
  '2024-09-03-netherlands-fines-clearview-ai',
  '2023-05-10-cnil-liquidates-overdue-penalty-against-clearview',
];
const WRONGFUL_ARRESTS = [
  '2020-06-24-robert-williams-complaint-detroit-police',
  '2024-06-28-robert-williams-detroit-settlement',
  '2020-09-michael-oliver-sues-detroit',
  '2023-08-03-porcha-woodruff-sues-detroit',
  '2020-12-nijeer-parks-sues-woodbridge',
  '2023-09-08-randal-reid-sues-jefferson-parish-sheriff',
  '2024-01-18-harvey-murphy-sues-macys-essilorluxottica',
  '2024-01-29-aclu-amicus-parks-v-mccormac',
];

export const READER_QUESTIONS: readonly ReaderQuestion[] = [
  // Misspelt words
  { query: 'rekognitoin', expect: ['amazon', ...AMAZON_PAUSE] },
  { query: 'clearveiw fine', expect: CLEARVIEW_FINES },
  { query: 'amazon moratorum', expect: AMAZON_PAUSE },
  { query: 'san fransisco ban', expect: ['2019-05-14-san-francisco-bans-government-facial-recognition'] },
  { query: 'microsfot police', expect: ['2020-06-11-microsoft-will-not-sell-to-police'] },
  { query: 'massachusets police reform', expect: ['2020-12-31-massachusetts-police-reform-facial-recognition'] },
  { query: 'biometirc privacy act illinois', expect: ['2008-10-illinois-biometric-information-privacy-act'] },
  { query: 'detriot wrongful arrest', expect: WRONGFUL_ARRESTS.filter((slug) => slug.includes('detroit')) },
  { query: 'europen parliament ai act', expect: ['2024-03-13-european-parliament-adopts-ai-act', '2023-06-14-european-parliament-votes-for-full-ban-on-live-biometric-identification'] },
  { query: 'facebok tag suggestions', expect: ['2011-06-facebook-tag-suggestions-global-rollout', '2012-09-21-facebook-suspends-tag-suggestions-in-europe'] },

  // Other words for the same thing
  { query: 'where is face recognition banned for police', expect: POLICE_BANS },
  { query: 'cities that prohibit facial recognition', expect: CITY_BANS },
  { query: 'amazon pause', expect: AMAZON_PAUSE },
  { query: 'amazon moratorium on law enforcement', expect: AMAZON_PAUSE },
  { query: 'face recognition moratorium act congress', expect: ['2020-06-25-facial-recognition-moratorium-act-introduced', '2021-06-15-facial-recognition-moratorium-act-reintroduced', '2023-03-07-facial-recognition-moratorium-act-2023'] },
  { query: 'gao law enforcement facial recognition', expect: ['2021-06-29-gao-federal-law-enforcement-facial-recognition', '2023-09-12-gao-federal-agencies-face-recognition-training', '2019-06-04-gao-testifies-fbi-face-recognition-recommendations-open'] },
  { query: 'new york pause facial recognition schools', expect: ['2020-12-22-new-york-pauses-biometrics-in-schools', '2023-09-27-new-york-bans-facial-recognition-in-schools'] },
  { query: 'prohibit face recognition on police body cameras', expect: ['2019-10-08-california-ab-1215-body-camera-ban', '2015-06-oregon-hb-2571-body-camera-facial-recognition', '2016-06-new-hampshire-body-camera-law-bars-face-analysis', '2019-06-27-axon-rejects-face-recognition-on-body-cameras', '2023-02-15-california-ab-1034-body-camera-ban-revival'] },
  { query: 'IBM exits facial recognition', expect: ['2020-06-08-ibm-exits-general-purpose-facial-recognition'] },
  { query: 'microsoft stops selling facial recognition to police', expect: ['2020-06-11-microsoft-will-not-sell-to-police'] },
  { query: 'facebook shuts down face recognition', expect: ['2021-11-02-meta-shuts-down-facebook-face-recognition'] },
  { query: 'eu ban on facial recognition in public spaces', expect: ['2021-06-21-edpb-edps-call-for-ban-on-facial-recognition-in-public-spaces', '2025-02-02-ai-act-prohibitions-apply', '2023-06-14-european-parliament-votes-for-full-ban-on-live-biometric-identification', '2021-10-06-european-parliament-calls-for-moratorium', '2021-01-07-reclaim-your-face-citizens-initiative-registered'] },
  { query: 'milwaukee police pause', expect: ['2026-02-06-milwaukee-police-facial-recognition-moratorium'] },
  { query: 'italy pause facial recognition public places', expect: ['2021-12-01-italy-moratorium-on-facial-recognition-in-public-places', '2023-06-italy-extends-facial-recognition-moratorium-to-2025'] },

  // A company or place and a year
  { query: 'amazon 2020', expect: ['2020-06-10-amazon-rekognition-police-moratorium'] },
  { query: 'microsoft 2018', expect: ['2018-07-13-microsoft-calls-for-regulation', '2018-12-06-microsoft-six-principles'] },
  { query: 'clearview 2022', expect: ['2022-05-09-aclu-clearview-settlement', '2022-02-clearview-investor-deck-100-billion-photos', '2022-03-14-clearview-ai-gives-ukraine-free-access', ...CLEARVIEW_FINES.filter((slug) => slug.startsWith('2022'))] },
  { query: 'illinois 2008', expect: ['2008-10-illinois-biometric-information-privacy-act'] },
  { query: 'san francisco 2019', expect: ['2019-05-14-san-francisco-bans-government-facial-recognition'] },
  { query: 'meta 2021', expect: ['2021-11-02-meta-shuts-down-facebook-face-recognition', '2021-02-26-facebook-bipa-settlement-approved'] },
  { query: 'ibm 2020', expect: ['2020-06-08-ibm-exits-general-purpose-facial-recognition', '2020-09-11-ibm-urges-export-controls-on-facial-recognition'] },
  { query: 'boston 2020', expect: ['2020-06-24-boston-bans-face-surveillance'] },
  { query: 'detroit 2024', expect: ['2024-06-28-robert-williams-detroit-settlement'] },
  { query: 'vermont 2020', expect: ['2020-10-07-vermont-police-facial-recognition-moratorium', '2020-03-10-vermont-attorney-general-sues-clearview-ai'] },
  { query: 'texas 2024', expect: ['2024-07-30-meta-texas-biometric-settlement'] },
  { query: 'axon 2019', expect: ['2019-06-27-axon-rejects-face-recognition-on-body-cameras'] },

  // Whole questions and plain descriptions
  { query: 'first city to ban facial recognition', expect: ['2019-05-14-san-francisco-bans-government-facial-recognition'] },
  { query: 'first state to regulate government face recognition', expect: ['2020-03-31-washington-sb-6280-signed'] },
  { query: 'who sued clearview under bipa', expect: ['2020-05-28-aclu-sues-clearview-ai', '2022-05-09-aclu-clearview-settlement', '2021-08-27-court-rejects-clearview-first-amendment-defense'] },
  { query: 'facebook settlement illinois', expect: ['2021-02-26-facebook-bipa-settlement-approved'] },
  { query: 'wrongful arrest after a false match', expect: WRONGFUL_ARRESTS },
  { query: 'rite aid ftc', expect: ['2023-12-19-ftc-bans-rite-aid-facial-recognition'] },
  { query: 'gender shades', expect: ['2018-02-gender-shades-audit'] },
  { query: 'aclu test congress mugshots', expect: ['2018-07-26-aclu-rekognition-matches-members-of-congress'] },
  { query: 'live facial recognition london police', expect: ['2020-01-24-met-police-live-facial-recognition', '2016-08-met-police-first-live-facial-recognition-notting-hill-carnival', '2025-03-met-police-permanent-facial-recognition-cameras-croydon', '2026-04-21-high-court-upholds-met-police-live-facial-recognition-policy', '2025-08-20-ehrc-says-met-police-facial-recognition-policy-unlawful'] },
  { query: 'virginia ban reversed', expect: ['2022-04-27-virginia-sb-741-allows-police-facial-recognition', '2021-04-07-virginia-hb-2031-bans-local-police-facial-recognition'] },
  { query: 'rekognition detects fear', expect: ['2019-08-12-rekognition-adds-fear-detection'] },
  { query: 'google will not sell facial recognition', expect: ['2018-12-13-google-cloud-declines-facial-recognition-api'] },
  { query: 'shareholders vote on rekognition', expect: ['2019-05-22-amazon-shareholders-reject-rekognition-proposals'] },
  { query: 'which companies stopped selling face recognition to police', expect: ['2020-06-11-microsoft-will-not-sell-to-police', '2020-06-10-amazon-rekognition-police-moratorium', '2020-06-08-ibm-exits-general-purpose-facial-recognition'] },
  { query: 'police use of face recogntion in new orleans', expect: ['2022-07-21-new-orleans-partly-reverses-ban', '2020-12-new-orleans-bans-surveillance-technologies', '2022-08-04-new-orleans-facial-recognition-guardrails-ordinance', '2025-05-new-orleans-live-alerts-revealed', '2025-12-03-project-nola-restores-police-access-without-face-alerts'] },
  { query: 'law enforcement moratorium vermont', expect: ['2020-10-07-vermont-police-facial-recognition-moratorium', '2021-05-04-vermont-h-195-amends-moratorium'] },
  { query: 'prohibition on facial recognition in schools', expect: ['2023-09-27-new-york-bans-facial-recognition-in-schools', '2020-12-22-new-york-pauses-biometrics-in-schools', '2025-04-18-colorado-sb25-143-school-facial-recognition'] },
  { query: 'ice face scanning app', expect: ['2025-06-26-ice-mobile-fortify-app-revealed', '2025-09-11-senators-demand-ice-stop-mobile-fortify', '2025-10-30-cbp-mobile-identify-app-local-police'] },
  { query: 'portland ban on private businesses', expect: ['2020-09-09-portland-bans-public-and-private-facial-recognition', '2022-12-01-jacksons-sued-under-portland-private-facial-recognition-ban'] },
];
