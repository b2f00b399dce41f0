package io.careops.platform.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Makes JSON bodies mean what they say. Jackson, left to itself, turns {@code 2} into
 * {@code true} or {@code "2"}, {@code 1.9} into {@code 1}, {@code 3} into the fourth enum
 * constant, a bare number into a date (days since 1970), and lets through strings and dates that
 * PostgreSQL then refuses (a U+0000 character; the year -999999). Each of those is refused here
 * as a 400 naming the field, before any code of ours sees the value.
 *
 * <p>Jackson's own coercion configuration does the type checks; the two value checks
 * ({@link TextValues}, {@link DateRanges}) wrap Jackson's deserializers rather than replace them.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(scalar, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(scalar, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // java.time: not lenient, so a date is a string in ISO-8601, never a number or an array.
        for (Class<?> type : DateRanges.TYPES) {
            mapper.configOverride(type).setFormat(JsonFormat.Value.forLeniency(false));
        }
        SimpleModule module = new SimpleModule("careops-strict-json");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                if (type == String.class) {
                    return new TextValues(deserializer);
                }
                if (DateRanges.TYPES.contains(type)) {
                    return new DateRanges(deserializer);
                }
                return deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** Strings without U+0000, which PostgreSQL cannot store in text. */
    static final class TextValues extends DelegatingDeserializer {

        TextValues(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextValues(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                throw new RejectedJsonValue(parser, "must not contain the character U+0000", String.class);
            }
            return value;
        }
    }

    /** Dates and times in the years 0001 to 9999, what ISO-8601 and PostgreSQL both handle. */
    static final class DateRanges extends DelegatingDeserializer {

        static final Set<Class<?>> TYPES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
                ZonedDateTime.class, Instant.class, YearMonth.class);

        DateRanges(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new DateRanges(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Jackson also reads [2026, 1, 16] and {...} forms; this API's dates are ISO-8601 strings only.
            if (parser.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                throw new RejectedJsonValue(parser, "must be an ISO-8601 string, such as "
                        + (handledType() == LocalDate.class ? "2026-01-16" : handledType() == YearMonth.class ? "2026-01"
                                : "2026-01-16T10:45:00Z"), handledType());
            }
            Object value = super.deserialize(parser, context);
            int year = 1;
            if (value instanceof LocalDate date) {
                year = date.getYear();
            } else if (value instanceof LocalDateTime dateTime) {
                year = dateTime.getYear();
            } else if (value instanceof OffsetDateTime dateTime) {
                year = dateTime.getYear();
            } else if (value instanceof ZonedDateTime dateTime) {
                year = dateTime.getYear();
            } else if (value instanceof Instant instant) {
                year = instant.atOffset(ZoneOffset.UTC).getYear();
            } else if (value instanceof YearMonth month) {
                year = month.getYear();
            }
            if (!YearRange.contains(year)) {
                throw new RejectedJsonValue(parser, YearRange.MESSAGE, handledType());
            }
            return value;
        }
    }
}
