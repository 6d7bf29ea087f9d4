-- Foreign keys, one row per column pair in constraint order. Constraints a partitioned table clones
-- onto its partitions (conparentid <> 0) are left out.
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    con.conname AS constraint_name,
    k.ord AS position,
    a.attname AS column_name,
    rn.nspname AS referenced_namespace,
    rc.relname AS referenced_table,
    ra.attname AS referenced_column,
    con.confdeltype AS on_delete,
    con.confupdtype AS on_update
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, referenced_attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.referenced_attnum
WHERE con.contype = 'f'
  AND con.conparentid = 0
  AND n.nspname = ANY (?)
ORDER BY n.nspname, c.relname, con.conname, k.ord
