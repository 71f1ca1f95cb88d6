package io.schemadoc.analysis.body;

import java.util.List;

/**
 * One unit the splitter hands to statement analysis: a single SQL statement (PL/pgSQL-only clauses removed), an
 * expression (analysed as {@code SELECT expr}), a list of tokens only scanned for calls (RAISE, ASSERT), or the text
 * of dynamic SQL. {@code via} says where it came from (PERFORM, CALL, IF, …) for display.
 */
record Piece(Kind kind, List<Token> tokens, int line, String via) {

    enum Kind { SQL, EXPRESSION, CALL_SCAN, DYNAMIC }

    Piece {
        tokens = List.copyOf(tokens);
    }

    /** The tokens written back as text: a space where the source had whitespace or a comment. */
    String text() {
        return Tokens.join(tokens);
    }
}
