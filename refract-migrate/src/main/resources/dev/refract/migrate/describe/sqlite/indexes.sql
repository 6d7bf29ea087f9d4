-- Indexes other than the primary key's, one row per key column in index order. cid -2 is an
-- expression, -1 the rowid; index_sql (null for constraint indexes) gives expressions and predicates.
SELECT
    m.name AS table_name,
    il.name AS index_name,
    il."unique" AS is_unique,
    il.origin AS origin,
    il.partial AS is_partial,
    ix.seqno AS position,
    ix.cid AS cid,
    ix.name AS column_name,
    ix."desc" AS descending,
    (SELECT s.sql FROM sqlite_master s WHERE s.type = 'index' AND s.name = il.name) AS index_sql
FROM sqlite_master m
JOIN pragma_index_list(m.name) il
JOIN pragma_index_xinfo(il.name) ix
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND il.origin <> 'pk'
  AND ix.key = 1
ORDER BY m.name, il.name, ix.seqno
