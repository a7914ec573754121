/**
 * The `beneficiary` columns `refresh_match_profiles` reads: every `b.<column>` of its body, `b` being the person's
 * row. The person's trigger compares these columns to decide whether a change can alter a profile, so they are read
 * from the function itself; a body that no longer reads the person as `b` cannot be read so, and is refused.
 */
export function profileColumnsOf(body: string): string[] {
  if (!/\bFROM beneficiary b\b/.test(body)) throw new Error('refresh_match_profiles no longer reads beneficiary b');
  const columns = [...new Set([...body.matchAll(/\bb\.([a-z_][a-z0-9_]*)/g)].map((match) => match[1]))].sort();
  for (const needed of ['id', 'case_status']) {
    if (!columns.includes(needed)) throw new Error(`refresh_match_profiles does not read b.${needed}`);
  }
  return columns;
}
