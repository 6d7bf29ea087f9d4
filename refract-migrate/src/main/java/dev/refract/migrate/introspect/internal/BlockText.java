package dev.refract.migrate.introspect.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one model or enum block under construction: documentation, member lines and block
 * attributes. Alignment is left to the formatter; only the structure is written here.
 */
final class BlockText {
    private final String keyword;
    private final String name;
    private String documentation;
    private boolean commentedOut;
    private final List<String> members = new ArrayList<>();
    private final List<String> attributes = new ArrayList<>();

    BlockText(String keyword, String name) {
        this.keyword = keyword;
        this.name = name;
    }

    /** Adds a documentation paragraph unless the documentation already says it (as Prisma's renderer does). */
    void document(String docs) {
        if (docs == null || docs.isEmpty()) {
            return;
        }
        if (documentation == null) {
            documentation = docs;
        } else if (!documentation.contains(docs)) {
            documentation = documentation + "\n" + docs;
        }
    }

    void commentOut() {
        commentedOut = true;
    }

    /** A field or enum value line (without indentation), with its own documentation, possibly commented out. */
    void member(String docs, boolean commented, String line) {
        StringBuilder text = new StringBuilder();
        if (docs != null && !docs.isEmpty()) {
            text.append(Psl.documentation(docs, ""));
        }
        if (commented) {
            text.append("// ");
        }
        members.add(text.append(line).toString());
    }

    /** A block attribute, e.g. {@code @@map("users")}. */
    void attribute(String attribute) {
        attributes.add(attribute);
    }

    String render() {
        String prefix = commentedOut ? "// " : "";
        StringBuilder out = new StringBuilder();
        if (documentation != null) {
            out.append(Psl.documentation(documentation, ""));
        }
        out.append(prefix).append(keyword).append(' ').append(name).append(" {\n");
        for (String member : members) {
            for (String line : member.split("\n", -1)) {
                out.append(prefix).append("  ").append(line).append('\n');
            }
        }
        for (String attribute : attributes) {
            out.append(prefix).append("  ").append(attribute).append('\n');
        }
        out.append(prefix).append("}\n");
        return out.toString();
    }
}
