package dev.refract.schema.connector;

import java.util.Optional;

/**
 * PostgreSQL operator classes accepted in {@code @@index([field(ops: X)], type: ...)}, each with the
 * index type it belongs to (GiST, GIN, SP-GiST or BRIN).
 */
public enum PostgresOperatorClass {
    InetOps("Gist", "SpGist"),
    JsonbOps("Gin"),
    JsonbPathOps("Gin"),
    ArrayOps("Gin"),
    TextOps("SpGist"),
    BitMinMaxOps("Brin"),
    VarBitMinMaxOps("Brin"),
    BpcharBloomOps("Brin"),
    BpcharMinMaxOps("Brin"),
    ByteaBloomOps("Brin"),
    ByteaMinMaxOps("Brin"),
    DateBloomOps("Brin"),
    DateMinMaxOps("Brin"),
    DateMinMaxMultiOps("Brin"),
    Float4BloomOps("Brin"),
    Float4MinMaxOps("Brin"),
    Float4MinMaxMultiOps("Brin"),
    Float8BloomOps("Brin"),
    Float8MinMaxOps("Brin"),
    Float8MinMaxMultiOps("Brin"),
    InetInclusionOps("Brin"),
    InetBloomOps("Brin"),
    InetMinMaxOps("Brin"),
    InetMinMaxMultiOps("Brin"),
    Int2BloomOps("Brin"),
    Int2MinMaxOps("Brin"),
    Int2MinMaxMultiOps("Brin"),
    Int4BloomOps("Brin"),
    Int4MinMaxOps("Brin"),
    Int4MinMaxMultiOps("Brin"),
    Int8BloomOps("Brin"),
    Int8MinMaxOps("Brin"),
    Int8MinMaxMultiOps("Brin"),
    NumericBloomOps("Brin"),
    NumericMinMaxOps("Brin"),
    NumericMinMaxMultiOps("Brin"),
    OidBloomOps("Brin"),
    OidMinMaxOps("Brin"),
    OidMinMaxMultiOps("Brin"),
    TextBloomOps("Brin"),
    TextMinMaxOps("Brin"),
    TimestampBloomOps("Brin"),
    TimestampMinMaxOps("Brin"),
    TimestampMinMaxMultiOps("Brin"),
    TimestampTzBloomOps("Brin"),
    TimestampTzMinMaxOps("Brin"),
    TimestampTzMinMaxMultiOps("Brin"),
    TimeBloomOps("Brin"),
    TimeMinMaxOps("Brin"),
    TimeMinMaxMultiOps("Brin"),
    TimeTzBloomOps("Brin"),
    TimeTzMinMaxOps("Brin"),
    TimeTzMinMaxMultiOps("Brin"),
    UuidBloomOps("Brin"),
    UuidMinMaxOps("Brin"),
    UuidMinMaxMultiOps("Brin");

    private final String[] indexTypes;

    PostgresOperatorClass(String... indexTypes) {
        this.indexTypes = indexTypes;
    }

    public boolean supportsIndexType(String indexType) {
        for (String t : indexTypes) {
            if (t.equals(indexType)) {
                return true;
            }
        }
        return false;
    }

    /** The name in Prisma's messages (Prisma 6.19 prints {@code UuidMinMaxMultiOps} as {@code BitMinMaxOps}). */
    public String displayName() {
        return this == UuidMinMaxMultiOps ? "BitMinMaxOps" : name();
    }

    public static Optional<PostgresOperatorClass> parse(String name) {
        for (PostgresOperatorClass c : values()) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
