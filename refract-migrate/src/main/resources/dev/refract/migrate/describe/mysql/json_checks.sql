-- MariaDB only: JSON is LONGTEXT with a json_valid(`column`) check named after the column.
SELECT
    cc.table_name AS table_name,
    cc.constraint_name AS constraint_name,
    cc.check_clause AS check_clause
FROM information_schema.check_constraints cc
WHERE cc.constraint_schema = DATABASE()
  AND cc.check_clause LIKE 'json_valid(%'
