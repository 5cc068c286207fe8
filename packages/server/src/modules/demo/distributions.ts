/**
 * The target shares of the synthetic demo population, in one table.
 *
 * These are distributions for synthetic data, chosen to look like a Flemish municipality; they
 * are NOT rights figures and no rule may read them. Income lines and amounts below are
 * approximate round numbers that keep statuses consistent with income; they are deliberately
 * not the legal leefloon, IGO or verhoogde-tegemoetkoming amounts (the catalogue holds those,
 * with sources). Every share names where its proportion comes from; "approximate" means the
 * value was rounded or derived by this generator from the cited figure; "assumption" means no
 * published figure was found and the value is a plausible guess for demo purposes.
 * Sources consulted on 2026-11-22.
 */
export const DEMO_SHARES = {
  /**
   * Household types. Flanders 2021-2022: 32-33% one-person households, 22% married couples
   * without children, 21% married and 8% unmarried couples with children, ~8% single parents;
   * 40% of households with a reference person aged 60+ live alone.
   * https://statistiekvlaanderen.be/nl/huishoudtypes ;
   * https://statbel.fgov.be/nl/nieuws/alleenwonenden-en-alleenstaande-ouders-maken-45-van-de-belgische-huishoudens-uit
   * Split by age (under/over 65) and 'andere' (other multi-adult households): approximate.
   */
  householdType: {
    alleenstaand: 0.2,
    'alleenstaande-oudere': 0.13,
    koppel: 0.12,
    'koppel-ouderen': 0.13,
    gezin: 0.29,
    eenoudergezin: 0.08,
    andere: 0.05,
  },
  /**
   * Number of children in a family: 1 child 36%, 2 children 46%, 3 children 16%, 4+ 3%
   * (Famifed, Vlaamse Gemeenschap, 31 December 2013, https://brussel.famifed.be/nl/statistics/243).
   */
  childCount: { '1': 0.36, '2': 0.46, '3': 0.15, '4': 0.03 },
  /**
   * Nationality status of a household. Flanders: roughly 9-10% of residents have a non-Belgian
   * nationality, a little over half of them EU citizens (Statistiek Vlaanderen, approximate);
   * the split among non-EU statuses is an assumption.
   */
  nationalityStatus: {
    belg: 0.885,
    'eu-burger': 0.055,
    'niet-eu-met-verblijf': 0.045,
    'erkend-vluchteling': 0.01,
    'subsidiair-beschermd': 0.003,
    'zonder-wettig-verblijf': 0.002,
  },
  /**
   * Tenure by household income quintile. Flanders 2018: 72% owners, 19% private tenants, 7%
   * social tenants, 2% free; half of the lowest income quintile owns, 9 in 10 of the highest
   * (Woonsurvey 2018, https://www.vlaanderen.be/statistiek-vlaanderen/bouwen-en-wonen/eigendomsstatuut).
   * The per-quintile social-tenant and homeless shares are approximate.
   */
  ownerByQuintile: [0.5, 0.64, 0.76, 0.84, 0.9],
  socialTenantByQuintile: [0.22, 0.09, 0.03, 0.01, 0],
  homelessByQuintile: [0.01, 0, 0, 0, 0],
  freeOrOther: 0.02,
  /**
   * On the social-housing waiting list, as a share of private tenants and homeless households
   * per quintile. Flanders had 176,026 candidate tenants at the end of 2022 on about 2.9 million
   * households (about 6%); average wait 4.1 years
   * (https://www.nieuwsblad.be/cnt/dmf20230703_92025823). Spread by quintile: approximate.
   */
  waitlistByQuintile: [0.6, 0.4, 0.15, 0.03, 0],
  waitlistYearsMean: 4.1,
  /**
   * Economic situation of adults aged 25-64. Employment about three in four (assumption close to
   * the Flemish employment rate); long-term sickness (invaliditeit) about 7% (approximate);
   * IVT/IT disability allowance: 242,454 beneficiaries in Belgium in 2023, about half in Flanders,
   * roughly 3% of 21-64 year-olds (https://socialsecurity.belgium.be/nl/nieuws/cijfergegevens-sociale-bescherming-belgie-29-02-2024 ;
   * https://www.nieuwsblad.be/cnt/dmf20201126_92050663).
   */
  activity25to64: { werk: 0.74, werkloos: 0.045, invaliditeit: 0.07, ivt: 0.025, thuis: 0.09, zonder: 0.025 },
  activity18to24: { student: 0.47, werk: 0.4, werkloos: 0.07, ivt: 0.01, zonder: 0.05 },
  /**
   * Take-up among those whose income is low enough. Leefloon non-take-up is estimated above
   * 50% (project domain notes, from the seeds); the verhoogde tegemoetkoming reaches 15.6% of
   * Flemish residents (IMA 2021, https://www.domusmedica.be/actueel/een-belg-op-vijf-heeft-recht-op-verhoogde-tegemoetkoming);
   * IGO is examined automatically at retirement, reaching about 5% of 65+ in Belgium
   * (108,709 in 2021, https://www.pensionstat.be/nl/kerncijfers/wettelijk-pensioen/igo).
   * The take-up values themselves are approximate.
   */
  takeUp: { leefloon: 0.45, equivalentHulp: 0.45, igo: 0.7, verhoogdeTegemoetkoming: 0.65 },
  /**
   * Groeipakket sociale toeslag: a quarter of Flemish children (Agentschap Opgroeien 2022,
   * https://www.nieuwsblad.be/cnt/dmf20230428_97712241); per household by income: approximate.
   */
  socialeToeslagByQuintile: [0.75, 0.35, 0.08, 0.01, 0],
  /**
   * Budget meter: 41,500 of about 2.9 million Flemish households in 2017, about 1.4%
   * (https://www.statistiekvlaanderen.be/energiearmoede-0); concentrated in the lowest quintile.
   */
  budgetMeterByQuintile: [0.055, 0.012, 0.002, 0, 0],
  /** Heating with fuel oil: assumption (about one in five Flemish homes). */
  heatingFuelOil: 0.2,
  /**
   * Debt help. Collective debt settlement: about 1% of Belgian adults in 2018
   * (https://m.trends.knack.be/economie/beleid/een-op-de-honderd-meerderjarige-belgen-in-procedure-van-collectieve-schuldenregeling/article-normal-1396805.html);
   * schuldbemiddeling and budgetbeheer by OCMW/CAW: assumption of a similar order
   * (SAM, "Vlaamse gezinnen in budget- en/of schuldhulpverlening", 2021).
   */
  collectieveSchuldenregelingByQuintile: [0.035, 0.012, 0.003, 0, 0],
  schuldbemiddelingByQuintile: [0.06, 0.02, 0.005, 0, 0],
  budgetbeheerByQuintile: [0.04, 0.008, 0, 0, 0],
  /** Kansenpas (local UiTPAS with kansentarief) among households by quintile: assumption. */
  kansenpasByQuintile: [0.3, 0.08, 0, 0, 0],
  /** Self-employed among people at work: about one in seven in Flanders (approximate). */
  selfEmployedWorkers: 0.14,
  /** Widowed among people aged 65+ living alone: assumption (most older people living alone are widowed). */
  widowedOlderAlone: 0.55,
  /**
   * Zorgbudget voor ouderen met een zorgnood (formerly THAB) by age band 65-74, 75-84, 85+:
   * assumption, rising steeply with age (roughly 8% of all people aged 65+).
   */
  zorgbudgetOuderenByAge: [0.03, 0.1, 0.3],
  /** Members of a zorgkas with the yearly zorgpremie paid, among adults from 26: assumption. */
  zorgpremiePaid: 0.97,
  /** Owners of a dwelling or plot among households that do not live in their own home: assumption. */
  ownsPropertyElsewhere: 0.02,
  /** Share of households in Kansendonk (the rest in Beekveld): assumption. */
  kansendonk: 0.7,
  /** Share of households with a former member (dated membership that ended): assumption. */
  formerMember: 0.06,
  /** Dossier at a GBO partner beside the status-driven ones (leefloon, debt help): assumption. */
  dossierOther: 0.03,
  dossierOwner: { ocmw: 0.6, caw: 0.25, dmw: 0.15 },
} as const;

/**
 * What the generated population should come out at, as published figures for Flanders, with
 * the tolerance the distribution test allows over 5,000 households. These are outcomes of the
 * model above (not inputs), so they check that the pieces fit together.
 */
export const DEMO_TARGETS = {
  /** 2.30 persons per private household, Flanders 2021 (statistiekvlaanderen.be/nl/huishoudtypes). */
  personsPerHousehold: { value: 2.3, tolerance: 0.1 },
  /** Woonsurvey 2018: 72% owners, 19% private, 7% social tenants (see ownerByQuintile). */
  owners: { value: 0.72, tolerance: 0.05 },
  privateTenants: { value: 0.19, tolerance: 0.04 },
  socialTenants: { value: 0.07, tolerance: 0.025 },
  /** About 6% of households on the social-housing waiting list (see waitlistByQuintile). */
  waitlist: { value: 0.06, tolerance: 0.025 },
  /**
   * Leefloon: 0.6% of the Flemish population in 2021 (https://indicators.be/nl/i/G01_GMI/);
   * the demo may sit a little higher, as a municipality with a small town centre would.
   */
  leefloonPersons: { value: 0.008, tolerance: 0.005 },
  /** Verhoogde tegemoetkoming: 15.6% of Flemish residents in 2021 (IMA, see takeUp). */
  verhoogdeTegemoetkoming: { value: 0.156, tolerance: 0.035 },
  /** IGO: about 5% of people aged 65+ in Belgium, fewer in Flanders (see takeUp). */
  igoOver65: { value: 0.045, tolerance: 0.025 },
  /** IVT and/or IT: about 3% of people aged 21-64 (see activity25to64). */
  ivtOrIt21to64: { value: 0.03, tolerance: 0.012 },
  /** Budget meter: about 1.4% of households (see budgetMeterByQuintile). */
  budgetMeter: { value: 0.014, tolerance: 0.008 },
  /** Groeipakket sociale toeslag: a quarter of children, so about 3 in 10 families (approximate). */
  socialeToeslagFamilies: { value: 0.3, tolerance: 0.07 },
} as const;

/**
 * Approximate monthly amounts (EUR) for synthetic incomes. Round numbers of the right order,
 * not legal figures: the synthetic leefloon-level and IGO-level amounts sit near, not at, the
 * published ones so that nobody mistakes them for a rights reference.
 */
export const DEMO_INCOME = {
  wageMedian: 2600,
  wageSigma: 0.35,
  partTimeShare: 0.25,
  unemploymentMedian: 1350,
  sicknessMedian: 1500,
  ivtMedian: 1000,
  pensionMedian: 1650,
  pensionSigma: 0.35,
  studentJobMax: 600,
  /** Synthetic minimum-income level paid with leefloon or equivalent help. */
  assistanceLevel: { alleenstaand: 1250, samenwonend: 830, 'gezin-ten-laste': 1700 },
  /** Synthetic line under which an older person's pension is topped up by IGO. */
  igoLine: { alone: 1250, together: 850 },
  /** Synthetic yearly gross taxable income line for the verhoogde tegemoetkoming. */
  vtLineYear: 24000,
  vtLinePerExtraMember: 4800,
  /**
   * Quintile bounds of the equivalised (OECD-modified scale) net monthly household income,
   * calibrated on this synthetic population so that each quintile holds about a fifth of the
   * households (median near 2,200 EUR, close to the Belgian EU-SILC median; approximate).
   */
  quintileBounds: [1380, 1775, 2220, 2820],
  privateRentMedian: 800,
} as const;

/**
 * How often a fact is known (recorded at all) when it applies. Not every fact is known for
 * every person: these gaps make the rules engine return `undetermined` as it must in real
 * files. Assumptions, chosen so that every fact is missing somewhere in a 5,000-household demo.
 */
export const KNOWN_SHARE = {
  date_of_birth: 0.99,
  nationality_status: 0.95,
  leefloon_category: 0.9,
  equivalent_hulp: 0.85,
  verhoogde_tegemoetkoming: 0.8,
  igo: 0.8,
  ivt: 0.8,
  it_points: 0.7,
  disability_percentage: 0.6,
  invaliditeit: 0.8,
  werkloosheid: 0.8,
  pension: 0.85,
  student: 0.8,
  school_level: 0.85,
  net_income_monthly: 0.7,
  replacement_income_monthly: 0.65,
  health_insurance_in_order: 0.85,
  municipality_nis: 1,
  neighbourhood: 0.97,
  gross_taxable_income_n2: 0.75,
  gross_taxable_income_n1: 0.6,
  tenure: 0.88,
  rent_monthly: 0.75,
  social_housing_waitlist_since: 0.9,
  budget_meter: 0.7,
  heating_fuel_oil: 0.6,
  groeipakket_sociale_toeslag: 0.85,
  schuldbemiddeling: 0.7,
  collectieve_schuldenregeling: 0.8,
  budgetbeheer: 0.7,
  kansenpas: 0.75,
  it: 0.8,
  population_register: 0.95,
  leefloon_since: 0.9,
  widowed: 0.8,
  self_employed: 0.75,
  employee: 0.75,
  vdab_job_seeker: 0.8,
  reduced_earning_capacity: 0.6,
  gross_income_monthly: 0.6,
  owns_dwelling_or_plot: 0.7,
  ocmw_active_guidance: 0.95,
  zorgbudget_ouderen: 0.8,
  zorgpremie_paid: 0.7,
  preferred_language: 0.6,
} as const;

/**
 * The language a household wants letters in, by the nationality status of its first member.
 * Assumption for a Flemish municipality near the language border: most Belgians read Dutch, a
 * few percent French; citizens from elsewhere are split between Dutch, French and English.
 * Overall about 9 in 10 Dutch, 7 in 100 French and 3 in 100 English.
 */
export const PREFERRED_LANGUAGE_SHARES = {
  belg: { nl: 0.93, fr: 0.06, en: 0.01 },
  other: { nl: 0.4, fr: 0.3, en: 0.3 },
} as const;

/** A fact id of the core vocabulary that the demo records. */
export type DemoFactId = keyof typeof KNOWN_SHARE;
