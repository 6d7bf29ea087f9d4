package dev.refract.migrate.sqlschema;

/**
 * A table column. {@code autoIncrement} covers SERIAL/identity (PostgreSQL), AUTO_INCREMENT (MySQL)
 * and INTEGER PRIMARY KEY AUTOINCREMENT (SQLite); {@code comment} is the database comment, if any.
 *
 * <p>Only PostgreSQL gives an auto-increment column a default (a {@link ColumnDefault.Sequence}
 * naming its sequence); on MySQL and SQLite the default is null and {@code autoIncrement} says it all.
 */
public record Column(String name, ColumnType type, boolean nullable, ColumnDefault defaultValue,
        boolean autoIncrement, String comment) {

    public Column withDefault(ColumnDefault value) {
        return new Column(name, type, nullable, value, autoIncrement, comment);
    }

    public Column withNullable(boolean isNullable) {
        return new Column(name, type, isNullable, defaultValue, autoIncrement, comment);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultValue, autoIncrement, comment);
    }
}
