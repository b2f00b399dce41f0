package io.careops.compliance.staffstatus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes {@link StaffStatusResponse} with Jackson's streaming generator instead of databind over the
 * records: the JSON databind wrote, byte for byte (same properties in the same order, nulls
 * written, dates as ISO strings as the jsr310 module writes them, generators made by the application
 * {@link ObjectMapper}'s writer and so its escaping), for a fraction of the CPU. Databind's per-property
 * writers were a third of the batch staff status's CPU for everyone (issue 15, JFR). A verdict is
 * the same JSON for everyone it applies to (MISSING of a type for thousands of people), so each
 * distinct one is written once and then copied as it stands. The whole answer is built in memory and
 * handed to the response at once.
 *
 * <p>The answer's shape stays the records' (the OpenAPI spec is built from them); a new property of
 * the records must be written here too ({@code StaffStatusApiTest} compares this writer with
 * databind).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class StaffStatusResponseWriter implements ServerMessageBodyWriter<StaffStatusResponse> {

    private static final SerializableString DATE = new SerializedString("date");
    private static final SerializableString STAFF = new SerializedString("staff");
    private static final SerializableString STAFF_ID = new SerializedString("staffId");
    private static final SerializableString NOT_VALID = new SerializedString("notValid");
    private static final SerializableString DAYS = new SerializedString("days");

    private final ObjectWriter writer;

    public StaffStatusResponseWriter(ObjectMapper mapper) {
        this.writer = mapper.writer();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == StaffStatusResponse.class;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == StaffStatusResponse.class;
    }

    @Override
    public void writeResponse(StaffStatusResponse answer, Type genericType, ServerRequestContext context) throws IOException {
        context.serverResponse().end(json(answer));
    }

    @Override
    public void writeTo(StaffStatusResponse answer, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(json(answer));
    }

    /** The answer as UTF-8 JSON. */
    byte[] json(StaffStatusResponse answer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + answer.staff().size() * 512);
        Map<StaffStatusResponse.NotValid, SerializableString> written = new HashMap<>();
        try (JsonGenerator json = writer.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeFieldName(DATE);
            writeDate(json, answer.date());
            json.writeFieldName(STAFF);
            if (answer.staff() == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (StaffStatusResponse.Person person : answer.staff()) {
                    json.writeStartObject();
                    json.writeFieldName(STAFF_ID);
                    json.writeString(person.staffId() == null ? null : person.staffId().toString());
                    json.writeFieldName(NOT_VALID);
                    writeNotValid(json, person.notValid(), written);
                    json.writeFieldName(DAYS);
                    if (person.days() == null) {
                        json.writeNull();
                    } else {
                        json.writeStartArray();
                        for (StaffStatusResponse.Day day : person.days()) {
                            json.writeStartObject();
                            json.writeFieldName(DATE);
                            writeDate(json, day.date());
                            json.writeFieldName(NOT_VALID);
                            writeNotValid(json, day.notValid(), written);
                            json.writeEndObject();
                        }
                        json.writeEndArray();
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private void writeNotValid(JsonGenerator json, List<StaffStatusResponse.NotValid> verdicts,
            Map<StaffStatusResponse.NotValid, SerializableString> written) throws IOException {
        if (verdicts == null) {
            json.writeNull();
            return;
        }
        json.writeStartArray();
        for (StaffStatusResponse.NotValid verdict : verdicts) {
            if (verdict == null) {
                json.writeNull();
            } else {
                json.writeRawValue(written.computeIfAbsent(verdict, this::verdictJson));
            }
        }
        json.writeEndArray();
    }

    /** One verdict's JSON object, written once per distinct verdict of an answer. */
    private SerializableString verdictJson(StaffStatusResponse.NotValid verdict) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(192);
        try (JsonGenerator json = writer.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("typeCode", verdict.typeCode());
            json.writeStringField("typeName", verdict.typeName());
            json.writeBooleanField("critical", verdict.critical());
            json.writeBooleanField("mandatory", verdict.mandatory());
            json.writeStringField("status", verdict.status());
            json.writeFieldName("expiryDate");
            writeDate(json, verdict.expiryDate());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Writing JSON to memory failed", e);
        }
        return new SerializedString(bytes.toString(StandardCharsets.UTF_8));
    }

    /** As jackson-datatype-jsr310 writes a {@link LocalDate} when dates are not timestamps: its ISO text. */
    private static void writeDate(JsonGenerator json, LocalDate date) throws IOException {
        if (date == null) {
            json.writeNull();
        } else {
            json.writeString(date.toString());
        }
    }
}
