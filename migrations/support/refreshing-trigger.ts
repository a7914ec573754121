/**
 * A statement trigger's function that refreshes the match profiles of the people `people` selects (a query of ids
 * over the trigger's transition tables), and makes no call when it selects none.
 */
export function refreshingTriggerFunction(name: string, people: string): string {
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        people uuid[] := ARRAY(${people});
      BEGIN
        IF cardinality(people) > 0 THEN
          PERFORM refresh_match_profiles(people);
        END IF;
        RETURN NULL;
      END $$`;
}
