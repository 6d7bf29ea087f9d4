-- Columns in declaration order; pk is the column's position in the primary key (0: not in it).
SELECT
    m.name AS table_name,
    p.cid AS position,
    p.name AS column_name,
    p.type AS declared_type,
    p."notnull" AS not_null,
    p.dflt_value AS default_value,
    p.pk AS primary_key_position
FROM sqlite_master m
JOIN pragma_table_info(m.name) p
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid
