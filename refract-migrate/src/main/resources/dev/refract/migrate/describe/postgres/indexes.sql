-- Every index (primary keys and unique constraints included, exclusion constraints left out), one row
-- per key column in index order; INCLUDE columns are left out. Expression columns have attnum 0 and
-- come with their text; partial indexes with their predicate.
SELECT
    n.nspname AS namespace,
    tc.relname AS table_name,
    ic.relname AS index_name,
    i.indisprimary AS is_primary,
    i.indisunique AS is_unique,
    am.amname AS access_method,
    pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
    k.ord AS position,
    a.attname AS column_name,
    CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END AS expression,
    opc.opcname AS operator_class,
    opc.opcdefault AS operator_class_is_default,
    (i.indoption[k.ord - 1] & 1) = 1 AS descending
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = tc.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[]) WITH ORDINALITY AS k(attnum, opclass, ord)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = k.opclass
WHERE n.nspname = ANY (?)
  AND tc.relkind IN ('r', 'p')
  AND NOT tc.relispartition
  AND NOT i.indisexclusion
  AND k.ord <= i.indnkeyatts
ORDER BY n.nspname, tc.relname, ic.relname, k.ord
