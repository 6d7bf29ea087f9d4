-- Ordinary and partitioned tables; partitions of a partitioned table are left out (they are storage,
-- not schema).
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname
