import type { CoreNode } from '../core/nodes.ts';
import type { FactsVocabulary } from '../facts/vocabulary.ts';
import type { MemberRole, Position, Text } from '../types.ts';

/** Government levels. */
export const LEVELS = ['federal', 'flemish', 'provincial', 'local'] as const;
/** The eight life domains. */
export const DOMAINS = ['wonen-energie', 'gezondheid', 'werk', 'onderwijs', 'hulpverlening', 'participatie', 'inkomen', 'mobiliteit'] as const;
/** How a right is granted. */
export const GRANTING = ['automatic', 'proactive', 'on-request'] as const;
/** Units a parameter may have. */
export const PARAMETER_UNITS = ['EUR', 'number', 'percent', 'years', 'months', 'date'] as const;
/** Periods of an amount. */
export const PERIODS = ['month', 'year', 'once'] as const;

/** A government level. */
export type Level = (typeof LEVELS)[number];
/** A life domain. */
export type Domain = (typeof DOMAINS)[number];
/** A granting mode. */
export type Granting = (typeof GRANTING)[number];
/** A parameter unit. */
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];
/** An amount period. */
export type Period = (typeof PERIODS)[number];

/** One bracket of a scale: marginal `rate` above a threshold, or a fixed `amount` from it. */
export interface Bracket {
  above: number;
  rate?: number;
  amount?: number;
}

/** One dated value of a parameter, in force from `from` until the next value. */
export interface ParameterValue {
  from: string;
  value: number | Bracket[];
  source: string;
  uncertain: boolean;
  note: string | null;
}

/** A parameter of a right: dated values, each with its source. */
export interface ParameterDefinition {
  name: string;
  unit: ParameterUnit;
  period: Period | null;
  /** `rate` or `amount` for scale parameters, null for plain values. */
  scale: 'rate' | 'amount' | null;
  values: ParameterValue[];
  pos: Position;
}

/** A right as loaded: metadata plus its eligibility and amount as core nodes. */
export interface RightDefinition {
  id: string;
  name: Text;
  description: Text;
  level: Level;
  municipality: string | null;
  provider: Text;
  domain: Domain;
  granting: Granting;
  subject: 'household' | 'person';
  /** Roles evaluated for a person right; null means every member. */
  appliesTo: MemberRole[] | null;
  legalBasis: string;
  sources: { url: string; verified_on: string }[];
  validFrom: string | null;
  validUntil: string | null;
  uncertain: boolean;
  uncertainNote: string | null;
  apply: { how: Text; documents: Text[] } | null;
  parameters: Map<string, ParameterDefinition>;
  eligibility: CoreNode;
  amount: { expr: CoreNode; period: Period } | null;
  /** Rights whose outcome this right reads (derived rights). */
  dependsOn: string[];
  file: string;
  pos: Position;
}

/** A loaded, checked catalogue. */
export interface Catalog {
  rights: Map<string, RightDefinition>;
  /** Right ids in evaluation order: every right after the rights it depends on. */
  order: string[];
  vocabulary: FactsVocabulary;
}
