package io.schemadoc.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The model's own JSON form (the snapshot): {@code "format": 1} first, then the {@link Schema}'s fields in
 * declaration order, nulls left out, two-space indent, LF line ends. Reading it back gives an equal model.
 */
public final class ModelJson {
    public static final int FORMAT = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Absent flags and counts read as false / 0; required names and kinds are checked by the records themselves.
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    private static final DefaultPrettyPrinter PRINTER = new CompactPrinter();

    /** {@code "key": value}, {@code []} for empty arrays, two spaces, LF: the layout most JSON tools print. */
    private static final class CompactPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        CompactPrinter() {
            super(DefaultPrettyPrinter.DEFAULT_ROOT_VALUE_SEPARATOR);
            _separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
            _objectFieldValueSeparatorWithSpaces = _separators.getObjectFieldValueSeparator() + " ";
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
            indentArraysWith(new DefaultIndenter("  ", "\n"));
        }

        CompactPrinter(CompactPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new CompactPrinter(this);
        }

        @Override
        public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int nrOfValues) throws java.io.IOException {
            if (nrOfValues == 0) {
                _nesting--;
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, nrOfValues);
        }

        @Override
        public void writeEndObject(com.fasterxml.jackson.core.JsonGenerator g, int nrOfEntries) throws java.io.IOException {
            if (nrOfEntries == 0) {
                _nesting--;
                g.writeRaw('}');
                return;
            }
            super.writeEndObject(g, nrOfEntries);
        }
    }

    private ModelJson() {}

    /** The shared mapper, configured for the model; other JSON outputs reuse it for consistent formatting. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The file's shape: the format number first, then the schema's own fields. */
    private record SnapshotFile(int format, @com.fasterxml.jackson.annotation.JsonUnwrapped Schema schema) {}

    public static String write(Schema schema) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(schema, out);
        return out.toString();
    }

    /** Streams the snapshot: no intermediate tree or string, so 10,000 tables need little heap. */
    public static void write(Schema schema, java.io.Writer out) {
        try {
            MAPPER.writer(PRINTER).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, new SnapshotFile(FORMAT, schema));
            out.write("\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Pretty-prints any JSON tree the way snapshots are printed, ending with a newline. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize JSON", e);
        }
    }

    /** Where in the snapshot a mapping failed, as {@code tables[3].columns[0].name}. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "the top level" : sb.toString();
    }

    /**
     * Reads a snapshot. Throws {@link IllegalArgumentException} with a one-line reason when the text is not
     * a schemadoc snapshot of a format this version reads.
     */
    public static Schema read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a schemadoc snapshot (expected a JSON object)");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt()) {
            throw new IllegalArgumentException("not a schemadoc snapshot (no \"format\" field); write one with `schemadoc inspect SOURCE --out FILE`");
        }
        if (format.intValue() != FORMAT) {
            throw new IllegalArgumentException("snapshot format " + format.intValue() + " is not supported (this schemadoc reads format " + FORMAT + ")");
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        body.remove("format");
        try {
            return MAPPER.treeToValue(body, Schema.class);
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : null;
            String why = cause != null ? cause.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("malformed snapshot at " + path(e) + ": " + why.replaceAll("\\s*\\R\\s*", " "));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed snapshot: " + e.getOriginalMessage());
        }
    }
}
