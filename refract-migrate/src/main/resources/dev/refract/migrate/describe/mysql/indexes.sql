-- Every index, one row per column in index order. A NULL column_name is a functional key part
-- (MySQL 8); collation is A, D or NULL (not sorted: FULLTEXT).
SELECT
    s.table_name AS table_name,
    s.index_name AS index_name,
    s.seq_in_index AS position,
    s.column_name AS column_name,
    s.sub_part AS prefix_length,
    s.collation AS collation,
    s.non_unique AS non_unique,
    s.index_type AS index_type
FROM information_schema.statistics s
WHERE s.table_schema = DATABASE()
ORDER BY s.table_name, s.index_name, s.seq_in_index
