import type { Rng } from './prng.ts';

/*
 * Clearly synthetic names. The syllable lists below are made up for Springplank: combined they
 * give names such as "Kalin Blompel" or "Zeko Kwidaert" that read like names but belong to no
 * real naming tradition, so a demo screen can never be mistaken for a real resident's file.
 */
const GIVEN_START = ['A', 'E', 'I', 'O', 'Ka', 'Li', 'Mo', 'Nu', 'Re', 'Sa', 'Ti', 'Vo', 'Ze', 'Ju', 'Fe', 'Ro', 'Bi', 'Da'];
const GIVEN_END = ['na', 'bo', 'lin', 'rik', 'mee', 'tes', 'zo', 'dan', 'vi', 'ko', 'ra', 'mon', 'lia', 'sto'];
const FAMILY_START = ['Blo', 'Kwi', 'Zar', 'Fleu', 'Tro', 'Mup', 'Gri', 'Vla', 'Snu', 'Plo', 'Dri', 'Wob', 'Kra', 'Bre', 'Sto', 'Hu'];
const FAMILY_END = ['mpel', 'daert', 'sink', 'boom', 'vel', 'kens', 'ster', 'mans', 'rix', 'lant', 'goor', 'weel'];
const FAMILY_PREFIX = ['', '', '', '', 'Van ', 'De ', 'Van der '];
const STREET_START = ['Vlinder', 'Kansen', 'Plank', 'Spring', 'Molen', 'Beek', 'Heide', 'Linden', 'Kapel', 'Wilgen', 'Klaver', 'Duiven'];
const STREET_END = ['straat', 'laan', 'dreef', 'weg', 'plein', 'hof', 'pad'];

/** A synthetic given name. */
export function givenName(rng: Rng): string {
  return rng.pick(GIVEN_START) + rng.pick(GIVEN_END);
}

/** A synthetic family name, sometimes with a Flemish-looking particle. */
export function familyName(rng: Rng): string {
  return rng.pick(FAMILY_PREFIX) + rng.pick(FAMILY_START) + rng.pick(FAMILY_END);
}

/** A synthetic street name. */
export function streetName(rng: Rng): string {
  return rng.pick(STREET_START) + rng.pick(STREET_END);
}
