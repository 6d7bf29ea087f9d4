-- Enum types and their values in declaration order.
SELECT
    n.nspname AS namespace,
    t.typname AS enum_name,
    e.enumlabel AS value
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (?)
ORDER BY n.nspname, t.typname, e.enumsortorder
