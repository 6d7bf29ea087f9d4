-- Base tables of the current database (views left out). Every column is aliased: MySQL 8 returns
-- information_schema column names in upper case.
SELECT
    t.table_name AS table_name,
    t.table_comment AS comment
FROM information_schema.tables t
WHERE t.table_schema = DATABASE()
  AND t.table_type = 'BASE TABLE'
ORDER BY t.table_name
