package io.schemadoc.output.json;

import io.schemadoc.model.ModelJson;
import io.schemadoc.output.DocInput;
import io.schemadoc.output.OutputTree;
import io.schemadoc.output.Renderer;

/** {@code --format json}: the documented schema as a snapshot, {@code schema.json}, readable back as a SOURCE. */
public final class JsonRenderer implements Renderer {
    public static final String FILE = "schema.json";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void render(DocInput input, OutputTree out) {
        out.write(FILE, ModelJson.write(input.schema()));
    }
}
