-- Columns in ordinal order. For arrays the type columns describe the element type; format_type of the
-- element with the column's typmod carries the modifiers (varchar(191), timestamp(3), numeric(65,30)).
SELECT
    n.nspname AS namespace,
    c.relname AS table_name,
    a.attname AS column_name,
    a.attnum AS position,
    a.attnotnull AS not_null,
    t.typcategory = 'A' AS is_array,
    et.typname AS type_name,
    et.typtype AS type_kind,
    etn.nspname AS type_namespace,
    format_type(et.oid, a.atttypmod) AS formatted_type,
    pg_get_expr(d.adbin, d.adrelid) AS default_expression,
    a.attidentity AS identity,
    a.attgenerated AS generated,
    (SELECT s.relname
       FROM pg_catalog.pg_depend dep
       JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
      WHERE dep.classid = 'pg_catalog.pg_class'::regclass
        AND dep.refclassid = 'pg_catalog.pg_class'::regclass
        AND dep.refobjid = c.oid
        AND dep.refobjsubid = a.attnum
        AND dep.deptype = 'i'
      LIMIT 1) AS identity_sequence,
    col_description(c.oid, a.attnum) AS comment
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' AND t.typelem <> 0 THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = ANY (?)
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND a.attnum > 0
  AND NOT a.attisdropped
ORDER BY n.nspname, c.relname, a.attnum
