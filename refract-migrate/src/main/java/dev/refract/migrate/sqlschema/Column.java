package dev.refract.migrate.sqlschema;

/**
 * A table column. {@code autoIncrement} covers SERIAL/identity (PostgreSQL), AUTO_INCREMENT (MySQL)
 * and INTEGER PRIMARY KEY AUTOINCREMENT (SQLite); {@code comment} is the database comment, if any.
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
