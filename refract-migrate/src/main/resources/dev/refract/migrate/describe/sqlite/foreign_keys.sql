-- Foreign keys, one row per column pair; "to" is null when the key references the primary key
-- implicitly. SQLite does not report constraint names.
SELECT
    m.name AS table_name,
    fk.id AS foreign_key_id,
    fk.seq AS position,
    fk."from" AS column_name,
    fk."table" AS referenced_table,
    fk."to" AS referenced_column,
    fk.on_delete AS on_delete,
    fk.on_update AS on_update
FROM sqlite_master m
JOIN pragma_foreign_key_list(m.name) fk
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, fk.id, fk.seq
