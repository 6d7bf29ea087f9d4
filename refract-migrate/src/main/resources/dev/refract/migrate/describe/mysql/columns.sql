-- Columns in ordinal order.
SELECT
    c.table_name AS table_name,
    c.column_name AS column_name,
    c.ordinal_position AS position,
    c.data_type AS data_type,
    c.column_type AS column_type,
    c.character_maximum_length AS character_maximum_length,
    c.numeric_precision AS numeric_precision,
    c.numeric_scale AS numeric_scale,
    c.datetime_precision AS datetime_precision,
    c.column_default AS column_default,
    c.is_nullable AS is_nullable,
    c.extra AS extra,
    c.column_comment AS comment
FROM information_schema.columns c
JOIN information_schema.tables t
  ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
WHERE c.table_schema = DATABASE()
ORDER BY c.table_name, c.ordinal_position
