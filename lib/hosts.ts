/**
 * The official hosts where the form is published and where the content script runs
 * without being asked. Anywhere else it runs only on the user's request.
 */
export const OFFICIAL_MATCHES = [
  'https://*.mssante.fr/*',
  'https://*.esante.gouv.fr/*',
  'https://*.asipsante.fr/*',
];
