package io.schemadoc.source;

import io.schemadoc.model.ModelJson;
import io.schemadoc.model.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSON snapshot written by {@code schemadoc inspect --out}. Read options do not apply: it is taken as it is. */
public record Snapshot(Path file) implements Source {

    @Override
    public Schema read(ReadOptions options) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException("cannot read snapshot " + file + ": " + e.getMessage());
        }
        try {
            return ModelJson.read(text);
        } catch (IllegalArgumentException e) {
            throw new SourceException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return file.toString();
    }
}
