-- Foreign keys, one row per column pair in constraint order, with their declared actions.
SELECT
    k.table_name AS table_name,
    k.constraint_name AS constraint_name,
    k.ordinal_position AS position,
    k.column_name AS column_name,
    k.referenced_table_schema AS referenced_schema,
    k.referenced_table_name AS referenced_table,
    k.referenced_column_name AS referenced_column,
    r.delete_rule AS on_delete,
    r.update_rule AS on_update
FROM information_schema.key_column_usage k
JOIN information_schema.referential_constraints r
  ON r.constraint_schema = k.constraint_schema
 AND r.table_name = k.table_name
 AND r.constraint_name = k.constraint_name
WHERE k.table_schema = DATABASE()
  AND k.referenced_table_name IS NOT NULL
ORDER BY k.table_name, k.constraint_name, k.ordinal_position
