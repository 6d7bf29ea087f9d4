package dev.refract.client.query;

import java.util.List;

/**
 * A write on the records related through one relation field, inside a create or update. {@code where}
 * filters select related records (a unique criterion where Prisma asks for one).
 */
public sealed interface NestedWrite {

    /** Create a related record linked to the parent. */
    record Create(WriteData data) implements NestedWrite {
    }

    /** Create related records in one INSERT per chunk (1-n relations; scalar data only). */
    record CreateMany(List<WriteData> rows, boolean skipDuplicates) implements NestedWrite {
        public CreateMany {
            rows = List.copyOf(rows);
        }
    }

    /** Link an existing record (P2025 when it does not exist). */
    record Connect(Filter where) implements NestedWrite {
    }

    /** Link the record {@code where} finds, or create it from {@code create}. */
    record ConnectOrCreate(Filter where, WriteData create) implements NestedWrite {
    }

    /** Unlink related records: {@code where} for to-many, null (all) for {@code disconnect: true} on to-one. */
    record Disconnect(Filter where) implements NestedWrite {
    }

    /** Make exactly these records the related ones (to-many). */
    record SetTo(List<Filter> wheres) implements NestedWrite {
    }

    /** Update related records ({@code where} null: the to-one record). */
    record Update(Filter where, WriteData data, boolean many) implements NestedWrite {
    }

    /** Update the related record {@code where} finds (null: the to-one record), or create one from {@code create}. */
    record Upsert(Filter where, WriteData create, WriteData update) implements NestedWrite {
    }

    /** Delete related records ({@code where} null: the to-one record). */
    record Delete(Filter where, boolean many) implements NestedWrite {
    }
}
