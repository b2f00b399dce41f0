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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Django {@code dumpdata} export one record at a time with Jackson's streaming parser, so
 * memory stays bounded by the largest single record, whatever the file's size. The first whole
 * pass also notes where each record lies in the file (its model, first and last byte: about 40
 * bytes a record), so that a later pass over a few models reads and parses only their records
 * instead of the whole file again (the importer makes one pass per dependency level).
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
    /** Per model, each record's first byte, byte after its end, and index in the array: filled by the first whole pass. */
    private Map<String, List<long[]>> where;

    Export(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * The records of the given models, in file order. After a whole pass, only their bytes are
     * read; before one, this is a whole pass that skips the others.
     */
    void forEach(Set<String> models, Visitor visitor) throws Exception {
        if (where == null) {
            forEach(entry -> {
                if (models.contains(entry.model())) {
                    visitor.visit(entry);
                }
            });
            return;
        }
        List<long[]> ranges = new ArrayList<>();
        for (String model : models) {
            ranges.addAll(where.getOrDefault(model, List.of()));
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            for (long[] range : ranges) {
                int length = (int) (range[1] - range[0]);
                if (buffer.capacity() < length) {
                    buffer = ByteBuffer.allocate(length);
                }
                buffer.clear().limit(length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, range[0] + buffer.position()) < 0) {
                        throw new BadExport("the file changed while it was being imported: run again");
                    }
                }
                visitor.visit(entry(JSON.readTree(buffer.array(), 0, length), range[2]));
            }
        }
    }

    /** One pass over the file, in file order. */
    void forEach(Visitor visitor) throws Exception {
        Map<String, List<long[]>> found = new HashMap<>();
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
                    long start = parser.currentTokenLocation().getByteOffset();
                    JsonNode node = JSON.readTree(parser);
                    long end = parser.currentTokenLocation().getByteOffset() + 1;
                    Entry entry = entry(node, index);
                    if (found != null) {
                        if (start < 0 || end <= start) {
                            found = null; // no byte offsets from this parser: every pass reads the whole file
                        } else {
                            found.computeIfAbsent(entry.model(), m -> new ArrayList<>()).add(new long[] {start, end, index});
                        }
                    }
                    visitor.visit(entry);
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
            if (where == null && found != null) {
                where = found; // the whole file read cleanly: later passes may read only what they need
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
