package dev.refract.migrate.calculate;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnType;
import dev.refract.migrate.sqlschema.ForeignKey;
import dev.refract.migrate.sqlschema.ForeignKeyAction;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.IndexKind;
import dev.refract.migrate.sqlschema.PrimaryKey;
import dev.refract.migrate.sqlschema.Table;
import dev.refract.schema.connector.Connector;
import dev.refract.schema.model.Relation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of an implicit many-to-many relation, as Prisma builds it: {@code _<relation name>} (cut to
 * the identifier limit) in model A's namespace, columns {@code A} and {@code B} typed like the first
 * primary key column of model A and model B, required; the pair made unique by a primary key
 * {@code _AB_pkey} (PostgreSQL) or a unique index {@code _AB_unique}; an index {@code _B_index} on B;
 * and, when relations use foreign keys, {@code _A_fkey} and {@code _B_fkey} with {@code CASCADE} both ways.
 */
final class JoinTables {
    private final CalculatorFlavour flavour;
    private final int maxLength;
    private final boolean foreignKeys;

    JoinTables(CalculatorFlavour flavour, Connector connector, boolean foreignKeys) {
        this.flavour = flavour;
        this.maxLength = connector.maxIdentifierLength();
        this.foreignKeys = foreignKeys;
    }

    /** The join table; {@code tableA} and {@code tableB} are the calculated tables of model A and model B. */
    Table table(Relation relation, Table tableA, Table tableB) {
        String name = takeChars(relation.joinTableName(), maxLength);
        Column a = new Column("A", idType(tableA), false, null, false, null);
        Column b = new Column("B", idType(tableB), false, null, false, null);
        List<IndexColumn> pair = List.of(IndexColumn.of("A"), IndexColumn.of("B"));

        PrimaryKey primaryKey = null;
        List<Index> indexes = new ArrayList<>();
        if (flavour.joinTableHasPrimaryKey()) {
            primaryKey = new PrimaryKey(takeChars(name, maxLength - "_AB_pkey".length()) + "_AB_pkey", pair);
        } else {
            indexes.add(new Index(takeChars(name, maxLength - "_AB_unique".length()) + "_AB_unique",
                    IndexKind.UNIQUE, pair, null));
        }
        indexes.add(new Index(takeChars(name, maxLength - 8) + "_B_index", IndexKind.NORMAL,
                List.of(IndexColumn.of("B")), null));

        List<ForeignKey> keys = new ArrayList<>();
        if (foreignKeys) {
            // Prisma cuts the table name for A when it is longer than the room left, for B already when it fills it.
            int room = maxLength - "_fkey".length() - 2;
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            String forA = bytes > room ? takeBytes(name, room) : name;
            String forB = bytes >= room ? takeBytes(name, room) : name;
            keys.add(new ForeignKey(forA + "_A_fkey", List.of("A"), tableA.namespace(), tableA.name(),
                    tableA.primaryKey().columnNames().subList(0, 1), ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE));
            keys.add(new ForeignKey(forB + "_B_fkey", List.of("B"), tableB.namespace(), tableB.name(),
                    tableB.primaryKey().columnNames().subList(0, 1), ForeignKeyAction.CASCADE, ForeignKeyAction.CASCADE));
        }
        return new Table(tableA.namespace(), name, List.of(a, b), primaryKey, indexes, keys, null);
    }

    /** The type of the model's first primary key column, without its serial-ness. */
    private static ColumnType idType(Table model) {
        String id = model.primaryKey().columnNames().get(0);
        return model.column(id).orElseThrow().type();
    }

    private static String takeChars(String s, int chars) {
        return s.codePointCount(0, s.length()) <= chars ? s : s.substring(0, s.offsetByCodePoints(0, chars));
    }

    private static String takeBytes(String s, int bytes) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int end = Math.min(bytes, utf8.length);
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }
}
