package dev.refract.migrate.introspect.internal;

import dev.refract.schema.model.Enum;
import dev.refract.schema.model.EnumValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Enum blocks: PostgreSQL enum types, MySQL column enums ({@code <table>_<column>}). */
final class Enums {
    private final IntrospectionContext ctx;
    private final Warnings warnings;

    Enums(IntrospectionContext ctx, Warnings warnings) {
        this.ctx = ctx;
        this.warnings = warnings;
    }

    /**
     * The enum blocks, previous ones in their previous order first. Several column enums that match
     * one previous enum are rendered once.
     */
    List<Models.Rendered> render() {
        record Item(Enum previous, Models.Rendered rendered) {
        }
        List<Item> items = new ArrayList<>();
        for (DbEnum dbEnum : ctx.enums) {
            Enum previous = ctx.existingEnum(dbEnum);
            int position = previous == null ? -1 : ctx.previous.enums().indexOf(previous);
            int file = previous == null ? -1 : previous.declaration().span().fileId();
            items.add(new Item(previous, new Models.Rendered(position, file, render(dbEnum, previous))));
        }
        items.sort(Comparator.comparingInt(i -> i.rendered().previousPosition() < 0 ? Integer.MAX_VALUE
                : i.rendered().previousPosition()));
        List<Models.Rendered> out = new ArrayList<>();
        Enum last = null;
        for (Item item : items) {
            if (item.previous() != null && item.previous() == last) {
                continue;
            }
            last = item.previous();
            out.add(item.rendered());
        }
        return out;
    }

    private String render(DbEnum dbEnum, Enum previous) {
        Name name = ctx.enumName(dbEnum);
        String enumName = name.prismaName();
        BlockText block = new BlockText("enum", enumName);
        if (previous != null) {
            block.document(previous.documentation());
        }
        String namespace = ctx.namespace(dbEnum.namespace());
        if (namespace != null) {
            block.attribute("@@schema(" + Psl.string(namespace) + ")");
        }
        if (name.mappedName() != null) {
            block.attribute("@@map(" + Psl.string(name.mappedName()) + ")");
        }
        if (previous != null && name.mappedName() != null) {
            warnings.model(Warnings.Kind.REMAPPED_ENUMS, enumName);
        }
        if (previous == null && name.origin() == Name.Origin.RENAMED_DUPLICATE) {
            warnings.duplicate("enum", enumName);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String value : dbEnum.values()) {
            if (!seen.add(value)) {
                continue;
            }
            Name valueName = ctx.enumValueName(dbEnum, value);
            String display = valueName.isEmpty() ? value : valueName.prismaName();
            // commented out only when no name is left: a previous schema's name stands as written
            // (PSL identifiers may hold non-ASCII letters, as "lööps"), a new one is sanitized
            boolean commented = display.isEmpty() || valueName.isEmpty() && Names.needsSanitation(display);
            String line = valueName.mappedName() == null ? display
                    : display + " @map(" + Psl.string(valueName.mappedName()) + ")";
            block.member(valueDocumentation(previous, value), commented, line);
            if (commented) {
                warnings.enumValue(Warnings.Kind.ENUM_VALUES_WITH_EMPTY_NAMES, enumName, display);
            } else if (valueName.origin() == Name.Origin.PREVIOUS && valueName.mappedName() != null) {
                warnings.enumValue(Warnings.Kind.REMAPPED_VALUES, enumName, display);
            }
        }
        return block.render();
    }

    private static String valueDocumentation(Enum previous, String value) {
        if (previous == null) {
            return null;
        }
        for (EnumValue v : previous.values()) {
            if (v.databaseName().equals(value)) {
                return v.documentation();
            }
        }
        return null;
    }
}
