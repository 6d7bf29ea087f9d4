package dev.refract.schema.ast;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/** A top-level declaration: a model, view, composite type, enum, datasource or generator block. */
public sealed interface Top extends BlockItem permits ModelDeclaration, EnumDeclaration, ConfigBlock {
    Identifier name();

    /** The keyword the block was declared with ({@code model}, {@code view}, {@code type}, ...). */
    String keyword();

    /** Items inside the braces in source order, including comments and blank lines. */
    List<BlockItem> items();

    /** The {@code ///} comment lines before the block, or null. */
    String documentation();

    /** Whatever followed the opening brace on its line (usually nothing, sometimes a comment). */
    String afterOpenBrace();

    Span span();
}
