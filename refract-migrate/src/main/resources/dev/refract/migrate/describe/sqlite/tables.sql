-- Tables of the main database, SQLite's own (sqlite_sequence, sqlite_stat*) left out.
SELECT m.name AS table_name
FROM sqlite_master m
WHERE m.type = 'table'
  AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name
