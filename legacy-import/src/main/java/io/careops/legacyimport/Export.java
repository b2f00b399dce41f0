package io.careops.legacyimport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Django {@code dumpdata} export one record at a time with Jackson's streaming parser, so
 * memory stays bounded by the largest single record, whatever the file's size. Each pass of the
 * importer reads the file again rather than holding it.
 */
final class Export {

    /** One record: {@code {"model": ..., "pk": ..., "fields": {...}}}; pk as text (staff numbers keep their zeros). */
    record Entry(String model, String pk, ObjectNode fields, long index) {

        String text(String field) {
            JsonNode value = fields.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** Null for JSON null, absent, or blank text. */
        String nonBlank(String field) {
            String value = text(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        boolean flag(String field) {
            JsonNode value = fields.get(field);
            return value != null && value.asBoolean(false);
        }

        /** A foreign key as text, or null. */
        String key(String field) {
            JsonNode value = fields.get(field);
            return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank()) ? null : value.asText();
        }
    }

    /** The file cannot be read as an export at all: not JSON, not an array of records. */
    static final class BadExport extends Exception {
        BadExport(String message) {
            super(message);
        }
    }

    interface Visitor {
        void visit(Entry entry) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    Export(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** One pass over the file, in file order. */
    void forEach(Visitor visitor) throws Exception {
        JsonFactory factory = JSON.getFactory();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
            JsonToken first;
            try {
                first = parser.nextToken();
            } catch (JsonProcessingException e) {
                throw new BadExport("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
            }
            if (first == null) {
                throw new BadExport("the file is empty: expected a dumpdata array of records");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new BadExport("not a dumpdata export: the file must be a JSON array of {model, pk, fields} records, "
                        + "but it starts with " + describe(first));
            }
            long index = 0;
            while (true) {
                JsonToken token;
                try {
                    token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        break;
                    }
                    if (token == null) {
                        throw new BadExport("not JSON: the array is not closed (the file is cut short?)");
                    }
                    if (token != JsonToken.START_OBJECT) {
                        throw new BadExport("not a dumpdata export: element " + index + " is " + describe(token)
                                + ", not a {model, pk, fields} record");
                    }
                    JsonNode node = JSON.readTree(parser);
                    visitor.visit(entry(node, index));
                } catch (JsonProcessingException e) {
                    throw new BadExport("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr());
                }
                index++;
            }
            try {
                if (parser.nextToken() != null) {
                    throw new BadExport("not a dumpdata export: content after the closing bracket of the array");
                }
            } catch (JsonProcessingException e) {
                throw new BadExport("not JSON after the array: " + e.getOriginalMessage());
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException j) {
                throw new BadExport("not JSON: " + j.getOriginalMessage());
            }
            throw e;
        }
    }

    private static Entry entry(JsonNode node, long index) throws BadExport {
        JsonNode model = node.get("model");
        JsonNode pk = node.get("pk");
        JsonNode fields = node.get("fields");
        if (model == null || !model.isTextual() || pk == null || pk.isNull() || pk.isContainerNode()
                || fields == null || !fields.isObject()) {
            throw new BadExport("not a dumpdata export: element " + index + " lacks a textual model, a pk or a fields object");
        }
        return new Entry(model.asText(), pk.asText(), (ObjectNode) fields, index);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }
}
