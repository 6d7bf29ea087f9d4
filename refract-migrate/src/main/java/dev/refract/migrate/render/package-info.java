/**
 * Render migrations: {@link dev.refract.migrate.render.MigrationRenderer} writes the
 * {@code migration.sql} Prisma writes (warnings comment, {@code -- StepName} headers, statements),
 * one renderer class per database holding its DDL spelling; {@link dev.refract.migrate.render.DriftSummary}
 * prints the human summary of {@code migrate diff} without {@code --script}.
 */
package dev.refract.migrate.render;
