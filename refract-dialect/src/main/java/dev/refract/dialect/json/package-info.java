/**
 * Each database's {@link dev.refract.dialect.sql.JsonSyntax}: PostgreSQL's {@code jsonb} operators,
 * MySQL's and MariaDB's JSON functions, SQLite's {@code json()} (equality only).
 */
package dev.refract.dialect.json;
