-- The requested schemas that exist.
SELECT n.nspname AS namespace
FROM pg_catalog.pg_namespace n
WHERE n.nspname = ANY (?)
ORDER BY n.nspname
