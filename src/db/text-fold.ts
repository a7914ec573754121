/**
 * Case- and accent-insensitive text search without a database extension (the embedded PGlite has no `unaccent`):
 * both the column and the search text are folded to lower-case letters without accents, so "citta" finds "Città"
 * and "NICOLO" finds "Nicolò". The list covers the accented letters of Italian names and of the neighbouring
 * languages people in the service write; a typographic apostrophe folds to the plain one ("Dell’Orto").
 */
const ACCENTED = 'àáâãäåèéêëìíîïòóôõöùúûüýÿñçÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝŸÑÇ’';
const BARE = "aaaaaaeeeeiiiiooooouuuuyyncAAAAAAEEEEIIIIOOOOOUUUUYYNC'";

const sqlLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The SQL expression of a text column folded for search; compare it with `foldText` of the search text. */
export function foldedSql(expression: string): string {
  return `lower(translate(${expression}, ${sqlLiteral(ACCENTED)}, ${sqlLiteral(BARE)}))`;
}

/** The search text folded the same way as `foldedSql` folds a column. */
export function foldText(text: string): string {
  const bare = [...text].map((c) => {
    const at = ACCENTED.indexOf(c);
    return at >= 0 ? BARE[at] : c;
  });
  return bare.join('').toLowerCase();
}
