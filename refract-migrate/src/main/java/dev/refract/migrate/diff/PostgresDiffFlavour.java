package dev.refract.migrate.diff;

import dev.refract.migrate.sqlschema.Column;
import dev.refract.migrate.sqlschema.ColumnTypeFamily;
import dev.refract.migrate.sqlschema.Index;
import dev.refract.migrate.sqlschema.IndexColumn;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** PostgreSQL: enum types, extensions, renames of indexes and foreign keys, indexes recreated after a column is. */
final class PostgresDiffFlavour implements DiffFlavour {
    /** PostGIS tables or views, ignored by Prisma. */
    private static final Set<String> POSTGIS = Set.of("spatial_ref_sys", "geometry_columns", "geography_columns",
            "raster_columns", "raster_overviews");

    @Override
    public boolean ignoresTable(String name) {
        return POSTGIS.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean canRenameForeignKey() {
        return true;
    }

    @Override
    public boolean hasEnumTypes() {
        return true;
    }

    @Override
    public boolean hasExtensions() {
        return true;
    }

    @Override
    public boolean hasNamespaces() {
        return true;
    }

    @Override
    public boolean recreatesIndexesAfterColumnDrop() {
        return true;
    }

    @Override
    public TypeChange typeChange(Column previous, Column next) {
        boolean prevEnum = previous.type().family() == ColumnTypeFamily.ENUM;
        boolean nextEnum = next.type().family() == ColumnTypeFamily.ENUM;
        if (prevEnum || nextEnum) {
            if (prevEnum && nextEnum && previous.type().sqlType().equals(next.type().sqlType())
                    && previous.type().list() == next.type().list()) {
                return null;
            }
            return TypeChange.NOT_CASTABLE;
        }
        PostgresType p = PostgresType.of(previous.type().sqlType());
        PostgresType n = PostgresType.of(next.type().sqlType());
        boolean listToScalar = previous.type().list() && !next.type().list();
        boolean scalarToList = !previous.type().list() && next.type().list();
        if (listToScalar && n != null) {
            if (n.kind() == PostgresType.Kind.Text || (n.kind() == PostgresType.Kind.VarChar && n.a() == null)) {
                return TypeChange.SAFE_CAST;
            }
            if (n.kind() == PostgresType.Kind.VarChar || n.kind() == PostgresType.Kind.Char) {
                return TypeChange.RISKY_CAST;
            }
        }
        if (listToScalar || scalarToList) {
            return TypeChange.NOT_CASTABLE;
        }
        if (p != null && n != null) {
            return p.changeTo(n);
        }
        if (p == null && n == null) {
            return previous.type().sqlType().equalsIgnoreCase(next.type().sqlType()) ? null : TypeChange.RISKY_CAST;
        }
        return TypeChange.RISKY_CAST;
    }

    @Override
    public boolean indexesMatch(Index previous, Index next) {
        if (!algorithm(previous.algorithm()).equals(algorithm(next.algorithm()))) {
            return false;
        }
        for (int i = 0; i < previous.columns().size(); i++) {
            IndexColumn a = previous.columns().get(i);
            IndexColumn b = next.columns().get(i);
            String x = a.operatorClass() == null ? null : a.operatorClass().toLowerCase(Locale.ROOT);
            String y = b.operatorClass() == null ? null : b.operatorClass().toLowerCase(Locale.ROOT);
            if (!Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static String algorithm(String algorithm) {
        return algorithm == null ? "BTREE" : algorithm.toUpperCase(Locale.ROOT);
    }

    @Override
    public String displayType(Column column, SqlSchema schema) {
        if (column.type().family() == ColumnTypeFamily.ENUM) {
            int id = 0;
            for (int i = 0; i < schema.enums().size(); i++) {
                if (schema.enums().get(i).name().equals(column.type().sqlType())) {
                    id = i;
                }
            }
            return "Enum(EnumId(" + id + "))";
        }
        PostgresType type = PostgresType.of(column.type().sqlType());
        if (type == null) {
            return "Unsupported(\"" + column.type().sqlType() + "\")";
        }
        return type.display();
    }

    @Override
    public void checkAlterColumn(TableChange.AlterColumn change, String table, String namespace, Migration migration,
            CheckPlan plan, int stepIndex) {
        Column previous = change.previous();
        Column next = change.next();
        ColumnChanges changes = change.changes();
        if (changes.arityChanged() && Arity.of(previous) == Arity.NULLABLE && Arity.of(next) == Arity.REQUIRED) {
            plan.unexecutable(new Check.MadeOptionalFieldRequired(namespace, table, previous.name()), stepIndex);
        }
        if (changes.arityChanged() && !previous.type().list() && next.type().list()) {
            plan.unexecutable(new Check.MadeScalarFieldIntoArrayField(namespace, table, previous.name()), stepIndex);
        }
        String previousType = displayType(previous, migration.from());
        String nextType = displayType(next, migration.to());
        if (changes.typeChange() == TypeChange.RISKY_CAST) {
            plan.warning(new Check.RiskyCast(namespace, table, previous.name(), previousType, nextType), stepIndex);
        } else if (changes.typeChange() == TypeChange.NOT_CASTABLE) {
            plan.warning(new Check.NotCastable(namespace, table, previous.name(), previousType, nextType), stepIndex);
        }
    }
}
