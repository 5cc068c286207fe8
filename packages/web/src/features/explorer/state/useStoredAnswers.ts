import { useCallback, useEffect, useState } from 'react';
import { emptyAnswers, parseStoredAnswers, type ExplorerAnswers } from './answers.ts';

/** Where citizen mode keeps the answers: this browser only; nothing is sent anywhere. */
export const ANSWERS_STORAGE_KEY = 'springplank.explorer.answers';

/** Reads the answers saved on this device, if any. */
export function readStoredAnswers(): ExplorerAnswers | null {
  try {
    return parseStoredAnswers(window.localStorage.getItem(ANSWERS_STORAGE_KEY));
  } catch {
    return null;
  }
}

/**
 * Citizen mode's answers, saved in localStorage after every change so the person can stop and
 * come back later; `clear` forgets them (for a shared computer).
 */
export function useStoredAnswers() {
  const [stored] = useState(readStoredAnswers);
  const [answers, setAnswers] = useState<ExplorerAnswers>(() => stored ?? emptyAnswers());
  useEffect(() => {
    try {
      window.localStorage.setItem(ANSWERS_STORAGE_KEY, JSON.stringify(answers));
    } catch {
      // Storage may be blocked (private mode); the questionnaire still works for this visit.
    }
  }, [answers]);
  const clear = useCallback(() => {
    try {
      window.localStorage.removeItem(ANSWERS_STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
    setAnswers(emptyAnswers());
  }, []);
  return { answers, setAnswers, clear, resumed: stored !== null && stored.asked.length > 0 };
}
