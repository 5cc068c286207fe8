/** Formats an ISO date (YYYY-MM-DD or a timestamp) as a long, readable date in the UI language. */
export function formatDate(value: string, language: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long' }).format(date);
}

/** Formats a timestamp as date and time (to the minute) in the UI language. */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

// Belgian variants: dates read the way people in Flanders and Brussels write them.
function locale(language: string): string {
  if (language === 'fr') return 'fr-BE';
  if (language === 'en') return 'en-BE';
  return 'nl-BE';
}
