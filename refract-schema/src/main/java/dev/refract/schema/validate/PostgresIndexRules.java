package dev.refract.schema.validate;

import static dev.refract.schema.connector.PostgresOperatorClass.*;

import dev.refract.schema.connector.PostgresOperatorClass;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Index;
import dev.refract.schema.model.IndexField;
import dev.refract.schema.model.ScalarKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's rules for GiST, GIN, SP-GiST and BRIN indexes: which operator classes go with which
 * index type, native type and Prisma type, and SP-GiST's single column.
 */
final class PostgresIndexRules {
    /** BRIN: native type -> operator classes it accepts (no operator class is always fine for these). */
    private static final Map<String, Set<PostgresOperatorClass>> BRIN = Map.ofEntries(
            Map.entry("Bit", EnumSet.of(BitMinMaxOps)),
            Map.entry("VarBit", EnumSet.of(VarBitMinMaxOps)),
            Map.entry("Char", EnumSet.of(BpcharBloomOps, BpcharMinMaxOps)),
            Map.entry("Date", EnumSet.of(DateBloomOps, DateMinMaxOps, DateMinMaxMultiOps)),
            Map.entry("Real", EnumSet.of(Float4BloomOps, Float4MinMaxOps, Float4MinMaxMultiOps)),
            Map.entry("DoublePrecision", EnumSet.of(Float8BloomOps, Float8MinMaxOps, Float8MinMaxMultiOps)),
            Map.entry("Inet", EnumSet.of(InetInclusionOps, InetBloomOps, InetMinMaxOps, InetMinMaxMultiOps)),
            Map.entry("SmallInt", EnumSet.of(Int2BloomOps, Int2MinMaxOps, Int2MinMaxMultiOps)),
            Map.entry("Integer", EnumSet.of(Int4BloomOps, Int4MinMaxOps, Int4MinMaxMultiOps)),
            Map.entry("BigInt", EnumSet.of(Int8BloomOps, Int8MinMaxOps, Int8MinMaxMultiOps)),
            Map.entry("Decimal", EnumSet.of(NumericBloomOps, NumericMinMaxOps, NumericMinMaxMultiOps)),
            Map.entry("Oid", EnumSet.of(OidBloomOps, OidMinMaxOps, OidMinMaxMultiOps)),
            Map.entry("ByteA", EnumSet.of(ByteaBloomOps, ByteaMinMaxOps)),
            Map.entry("Text", EnumSet.of(TextBloomOps, TextMinMaxOps)),
            Map.entry("VarChar", EnumSet.of(TextBloomOps, TextMinMaxOps)),
            Map.entry("Timestamp", EnumSet.of(TimestampBloomOps, TimestampMinMaxOps, TimestampMinMaxMultiOps)),
            Map.entry("Timestamptz", EnumSet.of(TimestampTzBloomOps, TimestampTzMinMaxOps, TimestampTzMinMaxMultiOps)),
            Map.entry("Time", EnumSet.of(TimeBloomOps, TimeMinMaxOps, TimeMinMaxMultiOps)),
            Map.entry("Timetz", EnumSet.of(TimeTzBloomOps, TimeTzMinMaxOps, TimeTzMinMaxMultiOps)),
            Map.entry("Uuid", EnumSet.of(UuidBloomOps, UuidMinMaxOps, UuidMinMaxMultiOps)));

    /** BRIN without a native type: operator class families and the Prisma type they need. */
    private static final Map<Set<PostgresOperatorClass>, ScalarKind> BRIN_BY_PRISMA_TYPE = Map.of(
            EnumSet.of(Float8BloomOps, Float8MinMaxOps, Float8MinMaxMultiOps), ScalarKind.FLOAT,
            EnumSet.of(Int4BloomOps, Int4MinMaxOps, Int4MinMaxMultiOps), ScalarKind.INT,
            EnumSet.of(Int8BloomOps, Int8MinMaxOps, Int8MinMaxMultiOps), ScalarKind.BIG_INT,
            EnumSet.of(NumericBloomOps, NumericMinMaxOps, NumericMinMaxMultiOps), ScalarKind.DECIMAL,
            EnumSet.of(ByteaBloomOps, ByteaMinMaxOps), ScalarKind.BYTES,
            EnumSet.of(TextBloomOps, TextMinMaxOps), ScalarKind.STRING,
            EnumSet.of(TimestampBloomOps, TimestampMinMaxOps, TimestampMinMaxMultiOps), ScalarKind.DATE_TIME);

    private static final Set<ScalarKind> BRIN_TYPES = EnumSet.of(ScalarKind.STRING, ScalarKind.BYTES,
            ScalarKind.DATE_TIME, ScalarKind.FLOAT, ScalarKind.DECIMAL, ScalarKind.INT, ScalarKind.BIG_INT);

    private PostgresIndexRules() {
    }

    static void validate(ValidationContext ctx, Index index) {
        String algo = index.algorithm() == null ? "BTree" : index.algorithm();
        for (IndexField f : index.fields()) {
            String ops = f.operatorClass();
            if (ops != null && ops.startsWith("raw(")) {
                continue;
            }
            PostgresOperatorClass op = ops == null ? null : PostgresOperatorClass.parse(ops).orElse(null);
            if (ops != null && op == null) {
                continue;
            }
            if (op != null && !op.supportsIndexType(algo)) {
                error(ctx, index, "The given operator class `" + op.displayName() + "` is not supported with the `" + algo
                        + "` index type.");
                continue;
            }
            String nt = f.field().nativeType().map(n -> n.name()).orElse(null);
            switch (algo) {
                case "Gist" -> {
                    if (!("Inet".equals(nt) && op == InetOps)) {
                        generic(ctx, index, f, algo, nt, op);
                    }
                }
                case "Gin" -> gin(ctx, index, f, algo, nt, op);
                case "SpGist" -> spgist(ctx, index, f, algo, nt, op);
                case "Brin" -> brin(ctx, index, f, algo, nt, op);
                default -> {
                }
            }
        }
        if ("SpGist".equals(algo) && index.fields().size() != 1) {
            error(ctx, index, "SpGist does not support multi-column indices.");
        }
    }

    private static void gin(ValidationContext ctx, Index index, IndexField f, String algo, String nt,
            PostgresOperatorClass op) {
        boolean json = f.field().type().is(ScalarKind.JSON);
        boolean list = f.field().isList();
        if (nt == null && op == null && json || op == null && list) {
            return;
        }
        if ("JsonB".equals(nt) && (op == null || op == JsonbOps || op == JsonbPathOps)) {
            return;
        }
        if (nt == null && (op == JsonbOps || op == JsonbPathOps)) {
            if (!json) {
                error(ctx, index, "The given operator class `" + op.displayName() + "` points to the field `"
                        + f.field().name() + "` that is not of Json type.");
            }
            return;
        }
        if (op == ArrayOps) {
            if (!list) {
                error(ctx, index, "The given operator class `ArrayOps` expects the type of field `" + f.field().name()
                        + "` to be an array.");
            }
            return;
        }
        generic(ctx, index, f, algo, nt, op);
    }

    private static void spgist(ValidationContext ctx, Index index, IndexField f, String algo, String nt,
            PostgresOperatorClass op) {
        boolean string = f.field().type().is(ScalarKind.STRING);
        if ("Inet".equals(nt) && (op == InetOps || op == null) || nt == null && op == null && string) {
            return;
        }
        if (nt == null && op == TextOps) {
            if (!string) {
                error(ctx, index, "The given operator class `TextOps` points to the field `" + f.field().name()
                        + "` that is not of String type.");
            }
            return;
        }
        if (("Text".equals(nt) || "VarChar".equals(nt) || "Char".equals(nt)) && (op == TextOps || op == null)) {
            return;
        }
        generic(ctx, index, f, algo, nt, op);
    }

    private static void brin(ValidationContext ctx, Index index, IndexField f, String algo, String nt,
            PostgresOperatorClass op) {
        if (nt != null && BRIN.containsKey(nt) && (op == null || BRIN.get(nt).contains(op))) {
            return;
        }
        if (nt == null) {
            FieldType type = f.field().type();
            if (op == null && type instanceof FieldType.Scalar s && BRIN_TYPES.contains(s.kind())) {
                return;
            }
            for (var family : BRIN_BY_PRISMA_TYPE.entrySet()) {
                if (op != null && family.getKey().contains(op)) {
                    if (!type.is(family.getValue())) {
                        error(ctx, index, "The given operator class `" + op.displayName() + "` points to the field `"
                                + f.field().name() + "` that is not of " + family.getValue().schemaName() + " type.");
                    }
                    return;
                }
            }
        }
        generic(ctx, index, f, algo, nt, op);
    }

    /** Prisma's fallback error for a (native type, operator class) pair no rule accepted. */
    private static void generic(ValidationContext ctx, Index index, IndexField f, String algo, String nt,
            PostgresOperatorClass op) {
        String name = f.field().name();
        if (nt != null && op != null) {
            error(ctx, index, "The given operator class `" + op.displayName() + "` does not support native type `" + nt
                    + "` of field `" + name + "`.");
        } else if (nt != null) {
            error(ctx, index, "The " + algo + " index field type `" + nt + "` has no default operator class.");
        } else if (op != null) {
            error(ctx, index, "The given operator class `" + op.displayName() + "` expects the field `" + name
                    + "` to define a valid native type.");
        } else if (!supportsFieldType(algo, f)) {
            error(ctx, index, "The " + algo + " index type does not support the type of the field `" + name + "`.");
        }
    }

    private static boolean supportsFieldType(String algo, IndexField f) {
        FieldType type = f.field().type();
        return switch (algo) {
            case "Gist", "SpGist" -> type.is(ScalarKind.STRING);
            case "Gin" -> type.is(ScalarKind.JSON) || f.field().isList();
            case "Brin" -> type instanceof FieldType.Scalar s && BRIN_TYPES.contains(s.kind());
            default -> true;
        };
    }

    private static void error(ValidationContext ctx, Index index, String message) {
        IndexValidations.error(ctx, IndexValidations.attributeName(index), message, index.span());
    }
}
